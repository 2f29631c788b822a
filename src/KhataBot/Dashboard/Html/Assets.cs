namespace KhataBot.Dashboard.Html;

/// <summary>
/// The dashboard's only style and script, served from here so the page needs nothing from elsewhere
/// (Telegram's own script is loaded only inside Telegram). The script: signs in with the Mini App's
/// initData, keeps Telegram's theme colours (themeParams) for the pages that follow, and searches
/// customers as you type.
/// </summary>
public static class Assets
{
    public const string Css = """
        :root { --bg:#fff; --fg:#1c1c1e; --hint:#6b6b70; --link:#0a66c2; --button:#0a66c2; --button-fg:#fff; --card:#f3f3f6; --bad:#c62828; --good:#2e7d32; }
        @media (prefers-color-scheme: dark) { :root { --bg:#121214; --fg:#ececf0; --hint:#9c9ca4; --link:#6fb3ff; --button:#2f81f7; --button-fg:#fff; --card:#1f1f24; --bad:#ff6b6b; --good:#6bd88a; } }
        * { box-sizing: border-box; }
        body { margin:0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; background:var(--bg); color:var(--fg); }
        header { position:sticky; top:0; background:var(--card); padding:.5rem .75rem; z-index:1; }
        nav { display:flex; flex-wrap:wrap; gap:.25rem; margin-top:.25rem; }
        nav a { padding:.6rem .7rem; min-height:44px; border-radius:.5rem; white-space:nowrap; }
        nav a[aria-current=page] { background:var(--button); color:var(--button-fg); }
        main { padding:.75rem; max-width:60rem; margin:0 auto; }
        h1 { font-size:1.35rem; margin:.25rem 0 .75rem; } h2 { font-size:1.1rem; margin:1.25rem 0 .5rem; }
        a { color:var(--link); text-decoration:none; }
        .cards { display:grid; grid-template-columns:repeat(auto-fit, minmax(9.5rem, 1fr)); gap:.5rem; }
        .card { background:var(--card); border-radius:.75rem; padding:.75rem; min-width:0; overflow-wrap:anywhere; }
        .card b { display:block; font-size:1.25rem; }
        .hint, small { color:var(--hint); }
        table { width:100%; border-collapse:collapse; }
        th, td { text-align:left; padding:.55rem .35rem; border-bottom:1px solid var(--card); vertical-align:top; }
        td.num, th.num { text-align:right; white-space:nowrap; }
        /* A phone: tighter cells, a percentage under its amount, and a table too wide for the screen scrolls in its own box. */
        @media (max-width: 30rem) { th, td { padding:.5rem .2rem; } td.num small { display:block; } .card b { font-size:1rem; } nav { gap:0; } nav a { padding:.6rem .5rem; } }
        .wide { overflow-x:auto; }
        .over { color:var(--bad); } .ok { color:var(--good); }
        form.inline { display:inline; }
        header strong { display:block; line-height:36px; } form.signout { position:absolute; top:.5rem; right:.75rem; } form.signout button { min-height:36px; padding:.25rem .6rem; width:auto; }
        form.filters, form.entry { display:grid; grid-template-columns:repeat(auto-fit, minmax(9rem, 1fr)); gap:.5rem; align-items:end; margin-bottom:.75rem; }
        label { display:flex; flex-direction:column; font-size:.9rem; color:var(--hint); gap:.2rem; }
        input, select, button { font:inherit; min-height:44px; padding:.45rem .6rem; border-radius:.5rem; border:1px solid var(--hint); background:var(--bg); color:var(--fg); width:100%; }
        button, .button { background:var(--button); color:var(--button-fg); border:0; cursor:pointer; display:inline-flex; align-items:center; justify-content:center; padding:.45rem .9rem; min-height:44px; border-radius:.5rem; }
        .pager { display:flex; gap:.5rem; justify-content:space-between; margin:.75rem 0; }
        img.chart { width:100%; max-width:40rem; display:block; height:auto; border-radius:.5rem; background:#fff; margin:.25rem 0; }
        meter { width:100%; height:.6rem; }
        .notice { background:var(--card); border-left:4px solid var(--button); padding:.75rem; border-radius:.5rem; white-space:pre-line; }
        """;

    public const string Script = """
        (function () {
          'use strict';
          var keys = { bg_color: '--bg', text_color: '--fg', hint_color: '--hint', link_color: '--link', button_color: '--button', button_text_color: '--button-fg', secondary_bg_color: '--card' };
          function applyTheme(theme) {
            if (!theme) return;
            Object.keys(keys).forEach(function (k) { if (theme[k]) document.documentElement.style.setProperty(keys[k], theme[k]); });
          }
          function fromHash(name) {
            var hash = new URLSearchParams(location.hash.slice(1));
            return hash.get(name);
          }
          // Inside Telegram: the theme comes with the first page (and from Telegram.WebApp once its script is in).
          var theme = null;
          try { theme = JSON.parse(fromHash('tgWebAppThemeParams') || sessionStorage.getItem('khata-theme') || 'null'); } catch (e) { theme = null; }
          if (theme) { sessionStorage.setItem('khata-theme', JSON.stringify(theme)); applyTheme(theme); }
          var initData = fromHash('tgWebAppData');
          if (initData || sessionStorage.getItem('khata-telegram')) {
            sessionStorage.setItem('khata-telegram', '1');
            var tg = document.createElement('script');
            tg.src = 'https://telegram.org/js/telegram-web-app.js';
            tg.onload = function () {
              var app = window.Telegram && window.Telegram.WebApp;
              if (!app) return;
              app.ready();
              applyTheme(app.themeParams);
              app.onEvent('themeChanged', function () { applyTheme(app.themeParams); sessionStorage.setItem('khata-theme', JSON.stringify(app.themeParams)); });
            };
            document.head.appendChild(tg);
          }
          document.addEventListener('DOMContentLoaded', function () {
            var form = document.getElementById('telegram-sign-in');
            if (form && initData) {
              form.elements.initData.value = initData;
              form.submit();
            }
            // Customers: search as you type, rows from the same page with partial=1.
            var search = document.getElementById('customer-search');
            if (search) {
              var timer = null;
              search.addEventListener('input', function () {
                clearTimeout(timer);
                timer = setTimeout(function () {
                  var url = new URL(location.href);
                  url.searchParams.set('q', search.value);
                  url.searchParams.delete('page');
                  history.replaceState(null, '', url);
                  url.searchParams.set('partial', '1');
                  fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.text() : null; })
                    .then(function (html) { if (html !== null) document.getElementById('customer-rows').innerHTML = html; });
                }, 200);
              });
            }
          });
        })();
        """;
}
