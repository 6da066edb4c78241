import { createContext } from '@lit/context';
import type { ReviewStore } from './store.js';

/**
 * The context key is global and versioned (Symbol.for), so two copies of the
 * library on one page (an npm build and the script tag, say) find each other's
 * providers. Bump the version only with an incompatible store interface.
 */
export const storeContext = createContext<ReviewStore>(Symbol.for('icc-widgets/store@1'));
