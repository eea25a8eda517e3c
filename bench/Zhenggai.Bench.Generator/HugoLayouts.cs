namespace Zhenggai.Bench.Generator;

/// <summary>
/// A minimal Hugo theme for the benchmark, written into the Hugo site's layouts/. It mirrors the
/// Zhenggai theme's page structure (header, navigation, breadcrumbs, summary, table of contents,
/// four anchored parts, pager, footer; lists with label, title, status and theme tags, split into
/// pages of the same size as Zhenggai's <c>ListPageSize</c>, the home page showing the first).
/// </summary>
public static class HugoLayouts
{
    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("_default/baseof.html", """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="no-referrer">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} - {{ site.Title }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="{{ "assets/css/site.css" | relURL }}">
<link rel="stylesheet" href="{{ "assets/css/print.css" | relURL }}" media="print">
<link rel="icon" href="{{ "assets/img/favicon.svg" | relURL }}" type="image/svg+xml">
</head>
<body class="page-{{ .Kind }}">
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="site-name" href="{{ "/" | relURL }}"><img class="site-mark" src="{{ "assets/img/mark.svg" | relURL }}" alt="" width="32" height="32"><span>{{ site.Title }}</span></a>
    <form class="site-search" role="search" action="{{ "findings/" | relURL }}" method="get">
      <label for="site-search-q" class="visually-hidden">全文搜索</label>
      <input id="site-search-q" name="q" type="search" placeholder="搜索：如 秸秆、河长、扬尘" autocomplete="off">
      <button type="submit">搜索</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="主导航">
    <ul class="wrap">
      <li><a href="{{ "/" | relURL }}">首页</a></li>
      <li><a href="{{ "findings/" | relURL }}">全部问题</a></li>
      <li><a href="{{ "themes/" | relURL }}">按主题</a></li>
    </ul>
  </nav>
</header>
{{ if not .IsHome }}
<nav class="breadcrumbs wrap" aria-label="当前位置">
  <ol>
    <li><a href="{{ "/" | relURL }}">首页</a></li>
    {{ if .IsPage }}<li><a href="{{ "findings/" | relURL }}">全部问题</a></li>{{ end }}
    <li><span aria-current="page">{{ if .IsPage }}{{ .Params.label }}{{ else }}{{ .Title }}{{ end }}</span></li>
  </ol>
</nav>
{{ end }}
<main id="main" class="wrap" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="footer-report">{{ site.Params.reportTitle }}</p>
    <p class="footer-links"><a href="{{ "themes/" | relURL }}">按主题浏览</a> · <a href="{{ "findings/" | relURL }}">全部问题</a></p>
  </div>
</footer>
</body>
</html>
"""),
        ("_default/single.html", """
{{ define "main" }}
<article class="finding" aria-labelledby="finding-title">
  <header class="finding-header">
    <p class="finding-kicker"><span class="finding-label">{{ .Params.label }}</span> · {{ site.Params.reportTitle }}</p>
    <h1 id="finding-title">{{ .Params.heading }}</h1>
  </header>
  <section class="summary" aria-label="概要">
    <dl class="summary-list">
      <div><dt>序号</dt><dd>{{ .Params.label }}</dd></div>
      <div><dt>主题</dt><dd>{{ range .Params.themes }}<a class="theme-tag" href="{{ printf "themes/%s/" . | relURL }}">{{ index site.Params.themeLabels . }}</a>{{ end }}</dd></div>
      <div><dt>整改状态</dt><dd><span class="status">{{ .Params.status }}</span></dd></div>
      <div><dt>所属报告</dt><dd>{{ site.Params.reportTitle }}</dd></div>
    </dl>
  </section>
  <nav class="toc" aria-label="本页目录">
    <h2 class="toc-heading">本页目录</h2>
    <ol>
      <li><a href="#problem">问题</a></li>
      <li><a href="#target">整改目标</a></li>
      <li><a href="#measures">整改措施</a></li>
      <li><a href="#result">完成情况</a></li>
    </ol>
  </nav>
  <div class="part-text">
{{ .Content }}
  </div>
  <nav class="pager" aria-label="上一项和下一项">
    {{ with .NextInSection }}<a class="pager-prev" rel="prev" href="{{ .RelPermalink }}"><span class="pager-dir">上一项</span> {{ .Title }}</a>{{ end }}
    {{ with .PrevInSection }}<a class="pager-next" rel="next" href="{{ .RelPermalink }}"><span class="pager-dir">下一项</span> {{ .Title }}</a>{{ end }}
  </nav>
</article>
{{ end }}
"""),
        ("partials/finding-list.html", """
<ol class="finding-list">
{{ range . }}
  <li class="finding-row">
    <a class="finding-link" href="{{ .RelPermalink }}"><span class="finding-label">{{ .Params.label }}</span> <span class="finding-title">{{ .Params.heading }}</span></a>
    <span class="finding-meta"><span class="status">{{ .Params.status }}</span>{{ range .Params.themes }}<span class="theme-tag">{{ index site.Params.themeLabels . }}</span>{{ end }}</span>
  </li>
{{ end }}
</ol>
"""),
        ("_default/list.html", """
{{ define "main" }}
<h1>{{ .Title }}</h1>
<section class="list-section" aria-labelledby="list-heading">
  <h2 id="list-heading">问题清单：共{{ len .Pages }}项</h2>
{{ $pager := .Paginate .Pages }}
{{ partial "finding-list.html" $pager.Pages }}
{{ template "_internal/pagination.html" . }}
</section>
{{ end }}
"""),
        ("_default/terms.html", """
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="theme-cards">
{{ range .Data.Terms.Alphabetical }}
  <li><a href="{{ .Page.RelPermalink }}"><span class="count-label">{{ .Page.Title }}</span><span class="count-num">{{ .Count }}项</span></a></li>
{{ end }}
</ul>
{{ end }}
"""),
        ("index.html", """
{{ define "main" }}
<h1>{{ site.Params.reportTitle }}</h1>
<section class="counts" aria-labelledby="theme-counts-heading">
  <h2 id="theme-counts-heading">按主题</h2>
  <ul class="count-grid">
  {{ range site.Taxonomies.themes.Alphabetical }}
    <li><a href="{{ .Page.RelPermalink }}"><span class="count-label">{{ index site.Params.themeLabels .Name }}</span> <span class="count-num">{{ .Count }}项</span></a></li>
  {{ end }}
  </ul>
</section>
{{ $all := where site.RegularPages "Section" "findings" }}
<section class="list-section" aria-labelledby="list-heading">
  <h2 id="list-heading">问题清单：共{{ len $all }}项</h2>
{{ partial "finding-list.html" (first site.Params.listPageSize $all) }}
<nav class="list-pager" aria-label="分页"><a rel="next" href="{{ "findings/page/2/" | relURL }}">下一页</a></nav>
</section>
{{ end }}
"""),
    ];
}
