using Kennisplatform.Contracts;

namespace Kennisplatform.Host;

/// <summary>
/// Preview mode of <c>serve --watch</c>: pages get a small script that reloads them when a new build is published.
/// Only in preview; the public site needs no JavaScript.
/// </summary>
public sealed class PreviewReload(bool enabled)
{
    /// <summary>The reload script's path.</summary>
    public const string ScriptPath = SitePaths.Preview + "reload.js";

    /// <summary>The path of the event stream the script listens to.</summary>
    public const string EventsPath = SitePaths.Preview + "events";

    private const string Script = $"<script src=\"{ScriptPath}\" defer></script>";

    /// <summary>True in preview mode.</summary>
    public bool Enabled { get; } = enabled;

    /// <summary>The page with the reload script before <c>&lt;/body&gt;</c>.</summary>
    public string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Script : html.Insert(end, Script);
    }

    /// <summary><c>/_preview/reload.js</c>: listens for a new build and reloads the page.</summary>
    public static IResult ScriptFile(PreviewReload preview) => preview.Enabled
        ? Results.Text($"new EventSource('{EventsPath}').onmessage = function () {{ location.reload(); }};", "text/javascript; charset=utf-8")
        : Results.NotFound();

    // A new build (another link target), or a page redone in place in the current one (its stamp file).
    private static (string, DateTime) Version(SiteState state)
    {
        var target = state.CurrentTarget;
        return (target, File.GetLastWriteTimeUtc(new BuildLayout(target).PreviewStamp));
    }

    /// <summary><c>/_preview/events</c>: one server-sent event when the published build or a page of it changes.</summary>
    public static async Task EventsAsync(HttpContext context, SiteState state, PreviewReload preview)
    {
        if (!preview.Enabled)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var start = Version(state);
        await context.Response.WriteAsync(": watching\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested && Version(state) == start)
            {
                await Task.Delay(100, context.RequestAborted);
            }
            await context.Response.WriteAsync("data: reload\n\n", context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
