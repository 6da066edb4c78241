// The README's npm instructions, verbatim: one import registers the elements.
import 'icc-widgets/define.js';
