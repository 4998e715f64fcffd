using System.Security.Claims;

namespace Kennisplatform.Host.Access;

/// <summary>
/// One line per access to the closed part and per search: who, what, when (the logger adds the time). The text an
/// anonymous user searched for is never written.
/// </summary>
public sealed class AuditLog(ILoggerFactory loggers)
{
    /// <summary>The logger category, for routing audit lines to their own sink.</summary>
    public const string Category = "Kennisplatform.Audit";

    private readonly ILogger _log = loggers.CreateLogger(Category);

    /// <summary>A request for a page of the closed part and how it ended.</summary>
    public void Page(ClaimsPrincipal user, string path, string outcome) =>
        _log.LogInformation("audit page {Path} by {User} of {Organisation} at {Time:o}: {Outcome}",
            Printable(path), Who(user), Organisation(user), DateTimeOffset.UtcNow, outcome);

    /// <summary>A search; the query is written only for signed-in users.</summary>
    /// <remarks>Every search passes here, so the line is only put together when it is written.</remarks>
    public void Search(ClaimsPrincipal user, string query, bool restricted, long total)
    {
        if (!_log.IsEnabled(LogLevel.Information)) return;
        _log.LogInformation("audit search {Query} by {User} of {Organisation} at {Time:o}: {Scope}, {Total} results",
            IsSignedIn(user) ? Printable(query) : "(niet vastgelegd)", Who(user), Organisation(user), DateTimeOffset.UtcNow,
            restricted ? "met besloten deel" : "openbaar", total);
    }

    /// <summary>A sign-in attempt.</summary>
    public void SignIn(string username, string address, string outcome) =>
        _log.LogInformation("audit sign-in {User} from {Address} at {Time:o}: {Outcome}", Printable(username), address, DateTimeOffset.UtcNow, outcome);

    /// <summary>A change to a session made by the identity provider's re-check (organisation changed, or not confirmed).</summary>
    public void Session(ClaimsPrincipal user, string outcome) =>
        _log.LogInformation("audit session {User} of {Organisation} at {Time:o}: {Outcome}", Who(user), Organisation(user), DateTimeOffset.UtcNow,
            Printable(outcome));

    private static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    private static string Who(ClaimsPrincipal user) => IsSignedIn(user) ? Printable(user.Identity!.Name ?? "?") : "anoniem";

    private static string Organisation(ClaimsPrincipal user) => Printable(user.FindFirst(PlatformClaims.Organisation)?.Value ?? "-");

    // What users typed (names, queries) and what a provider sent goes into the log with control characters escaped,
    // so that a newline cannot forge an audit line.
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : text;
}
