using System.Data.Common;
using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>Running projects: register, update with optimistic concurrency, search with facet counts.</summary>
public sealed class ProjectStore(NetworkDatabase database, ItemIndex index, DirectoryCache cache, WriteLimits limits, TimeProvider time)
{
    private const string Columns =
        "p.id AS Id, p.owner AS Owner, p.title AS Title, p.goal AS Goal, p.phase AS Phase, p.start_date AS StartDate, " +
        "p.practice_url AS PracticeUrl, p.updated_at AS UpdatedAt, p.version AS Version, p.hidden_reason AS HiddenReason, p.hidden_by AS HiddenBy";

    /// <summary>A project by number, hidden or not, or null.</summary>
    public Task<Project?> FindAsync(long id) => database.ReadAsync(async c => (await LoadAsync(c, "p.id = @id", new { id })).FirstOrDefault());

    /// <summary>The projects of which the user is the contact, hidden or not.</summary>
    public Task<IReadOnlyList<Project>> OfOwnerAsync(string owner) => database.ReadAsync(c => LoadAsync(c, "p.owner = @owner ORDER BY p.id", new { owner }));

    /// <summary>
    /// Registers a project (<paramref name="id"/> null) or updates one of the member's own; the form's version must be the
    /// one read, otherwise <see cref="ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    public Task<Project> SaveAsync(Member member, long? id, ProjectForm form) => database.WriteAsync(async (c, t) =>
    {
        var now = StoredTime.From(time.GetUtcNow());
        var values = new
        {
            id, owner = member.Username, title = form.Title.Trim(), goal = form.Goal.Trim(), phase = form.Phase, start = form.StartDate,
            practice = string.IsNullOrWhiteSpace(form.PracticeUrl) ? null : form.PracticeUrl.Trim(), now, version = form.Version,
        };
        if (id is null) await limits.CheckPostsAsync(c, t, member.Username, now);
        var saved = id is null
            ? await c.ExecuteScalarAsync<long>(
                "INSERT INTO projects (owner, title, goal, phase, start_date, practice_url, created_at, updated_at, version) " +
                "VALUES (@owner, @title, @goal, @phase, @start, @practice, @now, @now, 1) RETURNING id", values, t)
            : await c.ExecuteScalarAsync<long?>(
                "UPDATE projects SET title = @title, goal = @goal, phase = @phase, start_date = @start, practice_url = @practice, " +
                "updated_at = @now, version = version + 1 WHERE id = @id AND owner = @owner AND version = @version RETURNING id", values, t)
              ?? throw new ConcurrencyConflictException();
        await index.WriteAsync(c, t, ItemKind.Project, saved,
            form.Themes.Select(v => (Facet.Theme, v)).Concat(form.Regions.Select(v => (Facet.Region, v)))
                .Concat(form.PartnerList.Append(member.Organisation).Select(v => (Facet.Organisation, v))),
            string.Join('\n', form.Title, form.Goal, form.Partners, member.Organisation, string.Join(' ', form.Themes.Concat(form.Regions)).Replace('-', ' ')));
        await ProfileStore.TouchAsync(c, t, member.Username, now);
        return (await LoadAsync(c, "p.id = @saved", new { saved }, t)).Single();
    });

    /// <summary>Visible projects matching the query, newest first or by title, with counts per facet value.</summary>
    public Task<DirectoryPage<Project>> SearchAsync(DirectoryQuery query) => database.ReadAsync(c => cache.GetOrSearchAsync(c, ItemKind.Project, query, async () =>
    {
        var (condition, parameters) = index.Condition(ItemKind.Project, "p", query);
        var order = query.NewestFirst || string.IsNullOrWhiteSpace(query.Text) ? "p.updated_at DESC, p.id DESC" : "p.title, p.id";
        parameters.Add("take", query.PageSize);
        parameters.Add("skip", (Math.Max(query.Page, 1) - 1) * query.PageSize);
        using var results = await c.QueryMultipleAsync(
            $"SELECT COUNT(*) FROM projects p WHERE {condition};\n" +
            $"SELECT {Columns} FROM projects p WHERE {condition} ORDER BY {order} LIMIT @take OFFSET @skip;\n" +
            ItemIndex.FacetSql("projects", ItemKind.Project, index.Condition(ItemKind.Project, "x", query).Sql), parameters);
        var total = (int)await results.ReadSingleAsync<long>();
        var rows = (await results.ReadAsync<Row>()).ToList();
        var facets = (await results.ReadAsync<(string Facet, string Value, long Count)>()).Select(f => new FacetCount(f.Facet, f.Value, (int)f.Count)).ToList();
        return new DirectoryPage<Project>(await WithTagsAsync(c, rows, null), total, facets);
    }));

    private static async Task<IReadOnlyList<Project>> LoadAsync(DbConnection c, string where, object parameters, DbTransaction? t = null) =>
        await WithTagsAsync(c, (await c.QueryAsync<Row>($"SELECT {Columns} FROM projects p WHERE {where}", parameters, t)).ToList(), t);

    private static async Task<IReadOnlyList<Project>> WithTagsAsync(DbConnection c, List<Row> rows, DbTransaction? t)
    {
        var tags = await ItemIndex.TagsAsync(c, ItemKind.Project, rows.Select(r => r.Id).ToList(), t);
        return rows.Select(r => r.ToProject(tags[r.Id])).ToList();
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Owner { get; set; } = "";
        public string Title { get; set; } = "";
        public string Goal { get; set; } = "";
        public string Phase { get; set; } = "";
        public string StartDate { get; set; } = "";
        public string? PracticeUrl { get; set; }
        public long UpdatedAt { get; set; }
        public long Version { get; set; }
        public string? HiddenReason { get; set; }
        public string? HiddenBy { get; set; }

        public Project ToProject(IEnumerable<(string Facet, string Value)> tags) => new()
        {
            Id = Id, Owner = Owner, Title = Title, Goal = Goal, Phase = Phase, StartDate = StartDate, PracticeUrl = PracticeUrl,
            UpdatedAt = StoredTime.To(UpdatedAt), Version = (int)Version,
            Hidden = HiddenReason is null ? null : new Moderation(HiddenReason, HiddenBy ?? ""),
            Themes = tags.Where(x => x.Facet == Facet.Theme).Select(x => x.Value).ToList(),
            Regions = tags.Where(x => x.Facet == Facet.Region).Select(x => x.Value).ToList(),
            Partners = tags.Where(x => x.Facet == Facet.Organisation).Select(x => x.Value).ToList(),
        };
    }
}
