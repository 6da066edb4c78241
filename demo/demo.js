// The host page's own script: log the widgets' icc-select events, as analytics would.
// Text only (textContent): nothing from an event is parsed as HTML.
const log = document.querySelector('.event-log');
document.addEventListener('icc-select', (event) => {
  const { kind, id, widget } = event.detail;
  const item = document.createElement('li');
  item.textContent = `${widget} selected ${kind} “${id ?? 'none'}”`;
  log.prepend(item);
  while (log.children.length > 5) log.lastElementChild.remove();
});
