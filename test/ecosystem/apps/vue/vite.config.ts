import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // Leave these tags to the browser: they are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => ['icc-review', 'icc-summary', 'us-icc-position', 'icc-stance-compare'].includes(tag) } },
    }),
  ],
});
