// puppeteer's postinstall would download its own Chrome, which this network forbids and which
// we do not need: tests drive the browsers installed from Debian packages (/usr/bin/...).
module.exports = { skipDownload: true };
