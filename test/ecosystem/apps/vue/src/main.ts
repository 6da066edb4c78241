import { createApp } from 'vue';
import 'icc-widgets/define.js';
import App from './App.vue';

createApp(App).mount('#app');
