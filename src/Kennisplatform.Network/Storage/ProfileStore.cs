using System.Data.Common;
using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>Profiles: read, save with optimistic concurrency, and search with facet counts.</summary>
public sealed class ProfileStore(NetworkDatabase database, ItemIndex index, DirectoryCache cache, TimeProvider time)
{
    private const string Columns =
        "p.id AS Id, p.username AS Username, p.name AS Name, p.organisation AS Organisation, p.function AS Function, " +
        "p.expertise AS Expertise, p.current_work AS CurrentWork, p.email AS Email, p.show_email AS ShowEmail, p.phone AS Phone, " +
        "p.updated_at AS UpdatedAt, p.last_activity AS LastActivity, p.version AS Version, p.hidden_reason AS HiddenReason, p.hidden_by AS HiddenBy";

    /// <summary>The profile of a user, hidden or not, or null.</summary>
    public Task<Profile?> FindByUserAsync(string username) => database.ReadAsync(async c =>
        (await LoadAsync(c, "p.username = @username", new { username })).FirstOrDefault());

    /// <summary>A profile by number, hidden or not, or null.</summary>
    public Task<Profile?> FindAsync(long id) => database.ReadAsync(async c =>
        (await LoadAsync(c, "p.id = @id", new { id })).FirstOrDefault());

    /// <summary>Profiles by user name (for showing authors).</summary>
    public Task<IReadOnlyDictionary<string, Profile>> FindByUsersAsync(IEnumerable<string> usernames)
    {
        var names = usernames.Distinct().ToArray();
        if (names.Length == 0) return Task.FromResult<IReadOnlyDictionary<string, Profile>>(new Dictionary<string, Profile>());
        var parameters = new DynamicParameters();
        var list = SqlList.Of("name", names, parameters);
        return database.ReadAsync(async c => (IReadOnlyDictionary<string, Profile>)(await LoadAsync(c, $"p.username IN {list}", parameters))
            .ToDictionary(p => p.Username));
    }

    /// <summary>
    /// Creates or updates the member's profile. <paramref name="form"/>'s version must be the one read (0 for new);
    /// otherwise <see cref="ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    public Task<Profile> SaveAsync(Member member, ProfileForm form) => database.WriteAsync(async (c, t) =>
    {
        var now = StoredTime.From(time.GetUtcNow());
        var values = new
        {
            username = member.Username, name = member.Name, organisation = member.Organisation, function = form.Function.Trim(),
            expertise = form.Expertise.Trim(), work = form.CurrentWork.Trim(), email = Blank(form.Email), show = form.ShowEmail ? 1 : 0,
            phone = Blank(form.Phone), now, version = form.Version,
        };
        long id;
        if (form.Version == 0)
        {
            var existing = await c.ExecuteScalarAsync<long?>("SELECT id FROM profiles WHERE username = @username", values, t);
            if (existing is not null) throw new ConcurrencyConflictException();
            id = await c.ExecuteScalarAsync<long>(
                "INSERT INTO profiles (username, name, organisation, function, expertise, current_work, email, show_email, phone, created_at, updated_at, last_activity, version) " +
                "VALUES (@username, @name, @organisation, @function, @expertise, @work, @email, @show, @phone, @now, @now, @now, 1) RETURNING id", values, t);
        }
        else
        {
            id = await c.ExecuteScalarAsync<long?>(
                "UPDATE profiles SET name = @name, organisation = @organisation, function = @function, expertise = @expertise, current_work = @work, " +
                "email = @email, show_email = @show, phone = @phone, updated_at = @now, last_activity = @now, version = version + 1 " +
                "WHERE username = @username AND version = @version RETURNING id", values, t) ?? throw new ConcurrencyConflictException();
        }
        await index.WriteAsync(c, t, ItemKind.Profile, id,
            form.Themes.Select(v => (Facet.Theme, v)).Concat(form.Regions.Select(v => (Facet.Region, v))).Append((Facet.Organisation, member.Organisation)),
            string.Join('\n', member.Name, member.Organisation, form.Function, form.Expertise, form.CurrentWork, string.Join(' ', form.Themes.Concat(form.Regions)).Replace('-', ' ')));
        return (await LoadAsync(c, "p.id = @id", new { id }, t)).Single();
    });

    /// <summary>Visible profiles matching the query, with counts per theme, region and organisation.</summary>
    public Task<DirectoryPage<Profile>> SearchAsync(DirectoryQuery query) => database.ReadAsync(c => cache.GetOrSearchAsync(c, ItemKind.Profile, query, async () =>
    {
        var (condition, parameters) = index.Condition(ItemKind.Profile, "p", query);
        var order = query.NewestFirst ? "p.last_activity DESC, p.id DESC" : "p.name, p.id";
        parameters.Add("take", query.PageSize);
        parameters.Add("skip", (Math.Max(query.Page, 1) - 1) * query.PageSize);
        using var results = await c.QueryMultipleAsync(
            $"SELECT COUNT(*) FROM profiles p WHERE {condition};\n" +
            $"SELECT {Columns} FROM profiles p WHERE {condition} ORDER BY {order} LIMIT @take OFFSET @skip;\n" +
            ItemIndex.FacetSql("profiles", ItemKind.Profile, index.Condition(ItemKind.Profile, "x", query).Sql), parameters);
        var total = (int)await results.ReadSingleAsync<long>();
        var rows = (await results.ReadAsync<Row>()).ToList();
        var facets = (await results.ReadAsync<(string Facet, string Value, long Count)>()).Select(f => new FacetCount(f.Facet, f.Value, (int)f.Count)).ToList();
        return new DirectoryPage<Profile>(await WithTagsAsync(c, rows, null), total, facets);
    }));

    /// <summary>Marks that the member wrote something now (for "newest activity first").</summary>
    public static Task TouchAsync(DbConnection connection, DbTransaction transaction, string username, long now) =>
        connection.ExecuteAsync("UPDATE profiles SET last_activity = @now WHERE username = @username", new { username, now }, transaction);

    private static async Task<IReadOnlyList<Profile>> LoadAsync(DbConnection c, string where, object parameters, DbTransaction? t = null)
    {
        var rows = (await c.QueryAsync<Row>($"SELECT {Columns} FROM profiles p WHERE {where}", parameters, t)).ToList();
        return await WithTagsAsync(c, rows, t);
    }

    private static async Task<IReadOnlyList<Profile>> WithTagsAsync(DbConnection c, List<Row> rows, DbTransaction? t)
    {
        var tags = await ItemIndex.TagsAsync(c, ItemKind.Profile, rows.Select(r => r.Id).ToList(), t);
        return rows.Select(r => r.ToProfile(tags[r.Id])).ToList();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private sealed class Row
    {
        public long Id { get; set; }
        public string Username { get; set; } = "";
        public string Name { get; set; } = "";
        public string Organisation { get; set; } = "";
        public string Function { get; set; } = "";
        public string Expertise { get; set; } = "";
        public string CurrentWork { get; set; } = "";
        public string? Email { get; set; }
        public long ShowEmail { get; set; }
        public string? Phone { get; set; }
        public long UpdatedAt { get; set; }
        public long LastActivity { get; set; }
        public long Version { get; set; }
        public string? HiddenReason { get; set; }
        public string? HiddenBy { get; set; }

        public Profile ToProfile(IEnumerable<(string Facet, string Value)> tags) => new()
        {
            Id = Id, Username = Username, Name = Name, Organisation = Organisation, Function = Function, Expertise = Expertise,
            CurrentWork = CurrentWork, Email = Email, ShowEmail = ShowEmail != 0, Phone = Phone, UpdatedAt = StoredTime.To(UpdatedAt),
            LastActivity = StoredTime.To(LastActivity), Version = (int)Version,
            Hidden = HiddenReason is null ? null : new Moderation(HiddenReason, HiddenBy ?? ""),
            Themes = tags.Where(x => x.Facet == Facet.Theme).Select(x => x.Value).ToList(),
            Regions = tags.Where(x => x.Facet == Facet.Region).Select(x => x.Value).ToList(),
        };
    }
}
