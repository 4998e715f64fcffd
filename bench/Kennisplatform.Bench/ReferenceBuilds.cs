using System.Diagnostics;
using System.Globalization;

namespace Kennisplatform.Bench;

/// <summary>One run of another tool on the same Markdown: wall time, peak memory (largest process), files written, CPU seconds.</summary>
public sealed record ReferenceRun(string Tool, bool Succeeded, double Seconds, long? PeakBytes, int HtmlFiles, double? LoadAverageAtStart, string? Error,
    double? CpuSeconds = null);

/// <summary>
/// Builds the same content with Hugo (pages only, one plain template) and indexes Hugo's output with Pagefind, when
/// both are installed (<c>apt-get install hugo</c>, <c>npm install -g pagefind</c>), so our build is compared with
/// theirs in the same run on the same machine.
/// </summary>
public static class ReferenceBuilds
{
    private const string Page = """
        <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}</main></body></html>
        """;

    private const string List = """
        <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
        """;

    /// <summary>The path of <paramref name="tool"/> on PATH, or null when it is not installed.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    /// <summary>
    /// Hugo, then Pagefind on Hugo's output, <paramref name="repeat"/> times each; an empty list when Hugo is missing,
    /// and Hugo only when Pagefind is missing.
    /// </summary>
    public static IReadOnlyList<ReferenceRun> Run(string content, string work, int repeat)
    {
        var hugo = Find("hugo");
        if (hugo is null) return [];
        var pagefind = Find("pagefind");
        var site = Path.Combine(work, "hugo-site");
        Prepare(content, site);
        var runs = new List<ReferenceRun>();
        for (var i = 0; i < repeat; i++)
        {
            var output = Path.Combine(work, "hugo-public");
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            Console.WriteLine("Hugo: building …");
            var h = Measure("hugo", hugo, ["--quiet", "--source", site, "--destination", output], output);
            runs.Add(h);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Hugo: {(h.Succeeded ? "ok" : "FAILED " + h.Error)} in {h.Seconds:0.0} s"));
            if (pagefind is null || !h.Succeeded) continue;
            Console.WriteLine("Pagefind: indexing Hugo's output …");
            // Pagefind writing over its previous output takes about half the time of a first run (it keeps what is
            // there); every run starts from nothing, as our cold builds do.
            var index = Path.Combine(work, "pagefind");
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            var p = Measure("pagefind", pagefind, ["--site", output, "--output-path", index], null);
            runs.Add(p with { HtmlFiles = h.HtmlFiles });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pagefind: {(p.Succeeded ? "ok" : "FAILED " + p.Error)} in {p.Seconds:0.0} s"));
        }
        return runs;
    }

    /// <summary>
    /// A Hugo site whose content is a copy of the Markdown (the editors' templates left out: they are not pages, and
    /// <c>index.md</c> renamed to Hugo's <c>_index.md</c>, or Hugo would take a folder for one page with resources).
    /// </summary>
    private static void Prepare(string content, string site)
    {
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        var target = Path.Combine(site, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file);
            if (relative.StartsWith("sjablonen" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (Path.GetFileName(relative) == "index.md") relative = Path.Combine(Path.GetDirectoryName(relative)!, "_index.md");
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), Page);
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"), List);
        File.WriteAllText(Path.Combine(site, "hugo.toml"), """
            baseURL = "http://localhost/"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """);
    }

    /// <summary>
    /// Runs the tool under GNU time (<c>/usr/bin/time</c>) for its peak resident memory (the largest process of the run),
    /// or with wall time only when GNU time is missing.
    /// </summary>
    private static ReferenceRun Measure(string name, string tool, IReadOnlyList<string> args, string? htmlFolder)
    {
        var gnuTime = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        var timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(gnuTime ?? tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (gnuTime is not null)
        {
            foreach (var a in new[] { "-f", "%e %M %U %S", "-o", timeFile, tool }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        var loadAverage = LoadGenerator.LoadAverage();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        long? peak = null;
        var timed = gnuTime is null ? [] : File.ReadAllText(timeFile).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Split(' ') ?? [];
        File.Delete(timeFile);
        if (timed.Length == 4 && long.TryParse(timed[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)) peak = kb * 1024;
        double? cpu = timed.Length == 4 && double.TryParse(timed[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
                      && double.TryParse(timed[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var system) ? user + system : null;
        var html = htmlFolder is not null && Directory.Exists(htmlFolder) ? Directory.EnumerateFiles(htmlFolder, "*.html", SearchOption.AllDirectories).Count() : 0;
        var error = process.ExitCode == 0 ? null : (stderr.Result + stdout.Result).Trim().Split('\n').FirstOrDefault();
        return new ReferenceRun(name, process.ExitCode == 0, seconds, peak, html, loadAverage, error, cpu);
    }
}
