using System.Diagnostics;

namespace Kennisplatform.Host;

/// <summary>
/// One structured log line per request: method, path, status, duration. The query string is left out: it holds what
/// people search for, which is not ours to keep. The path is written escaped as in the URL, so that a <c>%0A</c> in it
/// cannot forge a line.
/// </summary>
public sealed class RequestLog(ILogger<RequestLog> log)
{
    /// <summary>The middleware; a pass-through while its lines are not written (the level is above Information).</summary>
    public Task LogAsync(HttpContext context, Func<Task> next) =>
        log.IsEnabled(LogLevel.Information) ? TimedAsync(context, next) : next();

    private async Task TimedAsync(HttpContext context, Func<Task> next)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await next();
        }
        finally
        {
            log.LogInformation("{Method} {Path} {Status} in {Elapsed:0.0} ms",
                context.Request.Method, context.Request.Path.ToUriComponent(), context.Response.StatusCode, clock.Elapsed.TotalMilliseconds);
        }
    }
}
