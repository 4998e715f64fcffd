namespace Kennisplatform.Network;

/// <summary>Settings of the network (configuration section <c>Netwerk</c>).</summary>
public sealed class NetworkOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Netwerk";

    /// <summary>
    /// A PostgreSQL connection string (<c>Host=…;Database=…</c>) for deployments with several hosts; when empty, the
    /// embedded SQLite file <see cref="SqliteFile"/> is used.
    /// </summary>
    public string? PostgreSql { get; set; }

    /// <summary>The SQLite file, created and migrated on first use (relative to the host's working folder).</summary>
    public string SqliteFile { get; set; } = "netwerk-data/netwerk.db";

    /// <summary>Questions, answers and projects one user may post per hour.</summary>
    public int PostsPerHour { get; set; } = 20;

    /// <summary>Messages one user may send per hour.</summary>
    public int MessagesPerHour { get; set; } = 10;

    /// <summary>Reports one user may file per hour.</summary>
    public int ReportsPerHour { get; set; } = 20;

    /// <summary>How e-mail leaves the platform.</summary>
    public MailOptions Mail { get; set; } = new();
}

/// <summary>E-mail: an SMTP server, or (development and tests) a folder that receives <c>.eml</c> files.</summary>
public sealed class MailOptions
{
    /// <summary>The sender address of every message.</summary>
    public string From { get; set; } = "netwerk@kennisplatform.local";

    /// <summary>The SMTP server; when empty, messages go to <see cref="PickupFolder"/>.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port (587 with STARTTLS by default).</summary>
    public int SmtpPort { get; set; } = 587;

    /// <summary>The SMTP user, if the server wants one.</summary>
    public string? SmtpUser { get; set; }

    /// <summary>The SMTP password.</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>Folder for <c>.eml</c> files when no SMTP server is set (relative to the host's working folder).</summary>
    public string PickupFolder { get; set; } = "netwerk-data/mail";

    /// <summary>The site's address, for links in messages.</summary>
    public string SiteUrl { get; set; } = "http://localhost:5080";
}
