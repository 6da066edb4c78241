/* global window */
// Test fixture, not shipped: counts the `message` listeners that scripts loaded
// after this one add to the window (the resize script, included twice, must add one).
window.messageListeners = 0;
const add = window.addEventListener;
window.addEventListener = function (type, ...rest) {
  if (type === 'message') window.messageListeners += 1;
  return add.call(this, type, ...rest);
};
