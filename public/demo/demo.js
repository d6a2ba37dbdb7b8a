// Points the demo's embeds at a copy of the map. By default they are relative (this site);
// ?map=http://127.0.0.1:5174/ points them at another origin, as a newsroom's page would be.
(function () {
  var page = location.href;
  var override = new URLSearchParams(location.search).get('map');
  if (override) {
    try {
      var base = new URL(override, location.href);
      // The markup's relative URLs, resolved as if this article lived at <map>/demo/article.html.
      if (base.protocol === 'http:' || base.protocol === 'https:') page = new URL('demo/article.html', base).href;
    } catch (error) {
      // not a URL: keep the relative defaults
    }
  }
  var absolute = function (relative) {
    return new URL(relative, page).href;
  };
  document.querySelectorAll('[data-nk-camp-map]').forEach(function (placeholder) {
    placeholder.setAttribute('data-src', absolute(placeholder.getAttribute('data-src')));
  });
  document.querySelectorAll('iframe.demo-iframe').forEach(function (iframe) {
    if (page !== location.href) iframe.setAttribute('src', absolute(iframe.getAttribute('src')));
  });
  var loader = document.createElement('script');
  loader.src = absolute('../embed.js');
  loader.async = true;
  document.body.appendChild(loader);
})();
