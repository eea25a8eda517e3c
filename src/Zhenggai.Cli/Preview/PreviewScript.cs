using System.Text;
using Zhenggai.Pipeline;

namespace Zhenggai.Cli.Preview;

/// <summary>
/// The live-reload script of <c>zhenggai preview</c>. It is a file of the preview's build
/// (<see cref="Module"/>), loaded by a <c>&lt;script src&gt;</c> that only preview adds before
/// &lt;/body&gt;, so it obeys the pages' Content-Security-Policy (default-src 'self': no inline
/// script, no inline style attribute) and the link check sees it like any other file. It
/// listens to the server's event stream: <c>reload</c> reloads the page, <c>page</c> reloads it
/// when it is the one page rebuilt ahead of the site, <c>failed</c> shows
/// the build's errors over the page (built with textContent, never as markup), <c>hello</c>
/// tells a page that reconnected after a restart whether the site changed meanwhile.
/// </summary>
public static class PreviewScript
{
    /// <summary>Site path of the script; the event stream is <see cref="EventsPath"/>, beside it.</summary>
    public const string Folder = "zhenggai-preview/";
    public const string ScriptPath = Folder + "reload.js";
    public const string EventsPath = Folder + "events";

    /// <summary>The tag preview appends to every page; absolute from the link root so it also works in 404.html at any depth.</summary>
    public static string Tag(string linkRoot) => $"<script src=\"{Mount.Normalize(linkRoot)}{ScriptPath}\" defer></script>\n";

    public const string Source = """
        // zhenggai preview: reloads the page when the site is rebuilt, shows build errors. Never part of a built site.
        (function () {
          'use strict';
          var script = document.currentScript;
          if (!script || !window.EventSource) return;
          var events = new EventSource(new URL('events', script.src).href);
          var build = null;
          var overlay = null;
          events.addEventListener('hello', function (e) {
            if (build !== null && build !== e.data) location.reload();
            build = e.data;
          });
          events.addEventListener('reload', function () { location.reload(); });
          // An edited record's page comes first, ahead of the rest of the site (data: its site path).
          events.addEventListener('page', function (e) {
            var here = location.pathname;
            if (here.endsWith('/' + e.data) || here.endsWith('/' + e.data + 'index.html')) location.reload();
          });
          events.addEventListener('failed', function (e) { show(e.data.split('\n')); });
          function show(lines) {
            if (overlay) overlay.remove();
            overlay = document.createElement('div');
            overlay.setAttribute('role', 'alert');
            var s = overlay.style;
            s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.maxHeight = '60vh'; s.overflow = 'auto';
            s.zIndex = '2147483647'; s.background = '#fff4f4'; s.color = '#600'; s.borderTop = '4px solid #c00';
            s.padding = '1em'; s.font = '14px/1.5 monospace'; s.whiteSpace = 'pre-wrap';
            var title = document.createElement('strong');
            title.textContent = lines[0];
            overlay.appendChild(title);
            for (var i = 1; i < lines.length; i++) {
              var line = document.createElement('div');
              line.textContent = lines[i];
              overlay.appendChild(line);
            }
            document.body.appendChild(overlay);
          }
        })();

        """;

    /// <summary>Adds the script file to the preview's build.</summary>
    public sealed class Module : IModule
    {
        public BuildPhase Phase => BuildPhase.Process;

        public void Execute(BuildContext context) =>
            context.Add(new SiteDocument(ScriptPath, "preview") { Content = Encoding.UTF8.GetBytes(Source) });
    }
}
