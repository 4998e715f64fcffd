using Kennisplatform.Host.Access;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Host.Network;

/// <summary>One audit line per write in the network (who, what, which item, outcome), in the audit log's category.</summary>
public sealed class NetworkAudit(ILoggerFactory loggers)
{
    private readonly ILogger _log = loggers.CreateLogger(AuditLog.Category);

    /// <summary>A write and how it ended.</summary>
    public void Write(Member member, string action, string kind, long? id, string outcome) =>
        _log.LogInformation("audit network {Action} {Kind} {Id} by {User} of {Organisation} at {Time:o}: {Outcome}",
            action, kind, id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", member.Username, member.Organisation, DateTimeOffset.UtcNow, outcome);
}
