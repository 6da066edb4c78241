import { mount } from 'svelte';
import 'icc-widgets/define.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
