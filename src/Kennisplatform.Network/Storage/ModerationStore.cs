using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>Reports by users, and moderators hiding or restoring items with a reason the author sees.</summary>
public sealed class ModerationStore(NetworkDatabase database, WriteLimits limits, TimeProvider time)
{
    /// <summary>Files a report; false when the item does not exist.</summary>
    public Task<bool> ReportAsync(string reporter, string kind, long id, string reason) => database.WriteAsync(async (c, t) =>
    {
        var now = StoredTime.From(time.GetUtcNow());
        if (await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {Table(kind)} WHERE id = @id", new { id }, t) == 0) return false;
        await limits.CheckReportsAsync(c, t, reporter, now);
        await c.ExecuteAsync("INSERT INTO reports (kind, item_id, reporter, reason, created_at) VALUES (@kind, @id, @reporter, @reason, @now)",
            new { kind, id, reporter, reason, now }, t);
        return true;
    });

    /// <summary>Reports not yet handled, oldest first, with a title for each item.</summary>
    public Task<IReadOnlyList<Report>> OpenReportsAsync() => database.ReadAsync(async c =>
    {
        var rows = await c.QueryAsync<(long Id, string Kind, long ItemId, string Reporter, string Reason, long CreatedAt)>(
            "SELECT id, kind, item_id, reporter, reason, created_at FROM reports WHERE handled_at IS NULL ORDER BY created_at, id LIMIT 200");
        var reports = new List<Report>();
        foreach (var r in rows)
        {
            var (title, reason, by) = await c.QuerySingleOrDefaultAsync<(string?, string?, string?)>(
                $"SELECT {TitleColumn(r.Kind)}, hidden_reason, hidden_by FROM {Table(r.Kind)} WHERE id = @id", new { id = r.ItemId });
            reports.Add(new Report(r.Id, r.Kind, r.ItemId, r.Reporter, r.Reason, StoredTime.To(r.CreatedAt), Shorten(title ?? "(verwijderd)"),
                reason is null ? null : new Moderation(reason, by ?? "")));
        }
        return (IReadOnlyList<Report>)reports;
    });

    /// <summary>Hides an item (with a reason) or restores it (reason null); its open reports are marked handled.</summary>
    public Task<bool> SetHiddenAsync(string moderator, string kind, long id, string? reason) => database.WriteAsync(async (c, t) =>
    {
        var changed = await c.ExecuteAsync($"UPDATE {Table(kind)} SET hidden_reason = @reason, hidden_by = @by WHERE id = @id",
            new { id, reason, by = reason is null ? null : moderator }, t);
        await c.ExecuteAsync("UPDATE reports SET handled_at = @now WHERE kind = @kind AND item_id = @id AND handled_at IS NULL",
            new { kind, id, now = StoredTime.From(time.GetUtcNow()) }, t);
        return changed == 1;
    });

    /// <summary>The table of a kind; only the four known kinds reach SQL.</summary>
    internal static string Table(string kind) => kind switch
    {
        ItemKind.Profile => "profiles",
        ItemKind.Project => "projects",
        ItemKind.Question => "questions",
        ItemKind.Answer => "answers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };

    private static string TitleColumn(string kind) => kind switch
    {
        ItemKind.Profile => "name",
        ItemKind.Answer => "body",
        _ => "title",
    };

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "…";
}
