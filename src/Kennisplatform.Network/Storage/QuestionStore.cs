using System.Data.Common;
using Dapper;
using Kennisplatform.Network.Model;

namespace Kennisplatform.Network.Storage;

/// <summary>Questions to the network and their answers; the asker marks the answer that helped.</summary>
public sealed class QuestionStore(NetworkDatabase database, ItemIndex index, WriteLimits limits, TimeProvider time)
{
    private const string Columns =
        "q.id AS Id, q.author AS Author, q.title AS Title, q.body AS Body, q.created_at AS CreatedAt, q.helpful_answer AS HelpfulAnswer, " +
        "q.version AS Version, q.hidden_reason AS HiddenReason, q.hidden_by AS HiddenBy";

    /// <summary>A question with all its answers (hidden ones too; pages decide who sees them), or null.</summary>
    public Task<Question?> FindAsync(long id) => database.ReadAsync(async c => (await LoadAsync(c, "q.id = @id", new { id })).FirstOrDefault());

    /// <summary>Asks a question; followers of its themes are told by the caller.</summary>
    public Task<Question> AskAsync(Member member, QuestionForm form) => database.WriteAsync(async (c, t) =>
    {
        var now = StoredTime.From(time.GetUtcNow());
        await limits.CheckPostsAsync(c, t, member.Username, now);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO questions (author, title, body, created_at, version) VALUES (@author, @title, @body, @now, 1) RETURNING id",
            new { author = member.Username, title = form.Title.Trim(), body = form.Body.Trim(), now }, t);
        await index.WriteAsync(c, t, ItemKind.Question, id,
            form.Themes.Select(v => (Facet.Theme, v)).Concat(form.Regions.Select(v => (Facet.Region, v))),
            string.Join('\n', form.Title, form.Body, string.Join(' ', form.Themes.Concat(form.Regions)).Replace('-', ' ')));
        await ProfileStore.TouchAsync(c, t, member.Username, now);
        return (await LoadAsync(c, "q.id = @id", new { id }, t)).Single();
    });

    /// <summary>Adds an answer to a visible question; null when the question does not exist or is hidden.</summary>
    public Task<Answer?> AnswerAsync(Member member, long questionId, TextForm form) => database.WriteAsync(async (c, t) =>
    {
        var now = StoredTime.From(time.GetUtcNow());
        var open = await c.ExecuteScalarAsync<long?>("SELECT id FROM questions WHERE id = @questionId AND hidden_reason IS NULL", new { questionId }, t);
        if (open is null) return null;
        await limits.CheckPostsAsync(c, t, member.Username, now);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO answers (question_id, author, body, created_at) VALUES (@questionId, @author, @body, @now) RETURNING id",
            new { questionId, author = member.Username, body = form.Body.Trim(), now }, t);
        await ProfileStore.TouchAsync(c, t, member.Username, now);
        return new Answer { Id = id, QuestionId = questionId, Author = member.Username, Body = form.Body.Trim(), CreatedAt = StoredTime.To(now) };
    });

    /// <summary>
    /// The asker marks (or, with null, unmarks) the answer that helped. False when the member is not the asker or the
    /// answer is not one of the question's; <see cref="ConcurrencyConflictException"/> when the question changed since
    /// it was read.
    /// </summary>
    public Task<bool> MarkHelpfulAsync(Member member, long questionId, long? answerId, int version) => database.WriteAsync(async (c, t) =>
    {
        var asker = await c.ExecuteScalarAsync<string?>("SELECT author FROM questions WHERE id = @questionId", new { questionId }, t);
        if (asker != member.Username) return false;
        if (answerId is not null && await c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM answers WHERE id = @answerId AND question_id = @questionId", new { answerId, questionId }, t) == 0)
        {
            return false;
        }
        var changed = await c.ExecuteAsync(
            "UPDATE questions SET helpful_answer = @answerId, version = version + 1 WHERE id = @questionId AND version = @version",
            new { answerId, questionId, version }, t);
        return changed == 1 ? true : throw new ConcurrencyConflictException();
    });

    /// <summary>Visible questions matching the query, newest first, with counts per facet value.</summary>
    public Task<DirectoryPage<Question>> SearchAsync(DirectoryQuery query) => database.ReadAsync(async c =>
    {
        var (condition, parameters) = index.Condition(ItemKind.Question, "q", query);
        parameters.Add("take", query.PageSize);
        parameters.Add("skip", (Math.Max(query.Page, 1) - 1) * query.PageSize);
        using var results = await c.QueryMultipleAsync(
            $"SELECT COUNT(*) FROM questions q WHERE {condition};\n" +
            $"SELECT {Columns} FROM questions q WHERE {condition} ORDER BY q.created_at DESC, q.id DESC LIMIT @take OFFSET @skip;\n" +
            ItemIndex.FacetSql("questions", ItemKind.Question, index.Condition(ItemKind.Question, "x", query).Sql), parameters);
        var total = (int)await results.ReadSingleAsync<long>();
        var rows = (await results.ReadAsync<Row>()).ToList();
        var facets = (await results.ReadAsync<(string Facet, string Value, long Count)>()).Select(f => new FacetCount(f.Facet, f.Value, (int)f.Count)).ToList();
        return new DirectoryPage<Question>(await CompleteAsync(c, rows, null), total, facets);
    });

    private static async Task<IReadOnlyList<Question>> LoadAsync(DbConnection c, string where, object parameters, DbTransaction? t = null) =>
        await CompleteAsync(c, (await c.QueryAsync<Row>($"SELECT {Columns} FROM questions q WHERE {where}", parameters, t)).ToList(), t);

    private static async Task<IReadOnlyList<Question>> CompleteAsync(DbConnection c, List<Row> rows, DbTransaction? t)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var tags = await ItemIndex.TagsAsync(c, ItemKind.Question, ids, t);
        var answers = ids.Count == 0 ? [] : (await c.QueryAsync<AnswerRow>(
            "SELECT id AS Id, question_id AS QuestionId, author AS Author, body AS Body, created_at AS CreatedAt, hidden_reason AS HiddenReason, hidden_by AS HiddenBy " +
            $"FROM answers WHERE question_id IN {SqlList.Of(ids)} ORDER BY created_at, id", transaction: t)).ToList();
        var byQuestion = answers.ToLookup(a => a.QuestionId, a => a.ToAnswer());
        return rows.Select(r => r.ToQuestion(tags[r.Id], byQuestion[r.Id].ToList())).ToList();
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string? Author { get; set; }
        public string Title { get; set; } = "";
        public string Body { get; set; } = "";
        public long CreatedAt { get; set; }
        public long? HelpfulAnswer { get; set; }
        public long Version { get; set; }
        public string? HiddenReason { get; set; }
        public string? HiddenBy { get; set; }

        public Question ToQuestion(IEnumerable<(string Facet, string Value)> tags, IReadOnlyList<Answer> answers) => new()
        {
            Id = Id, Author = Author, Title = Title, Body = Body, CreatedAt = StoredTime.To(CreatedAt), HelpfulAnswer = HelpfulAnswer,
            Version = (int)Version, Hidden = HiddenReason is null ? null : new Moderation(HiddenReason, HiddenBy ?? ""), Answers = answers,
            Themes = tags.Where(x => x.Facet == Facet.Theme).Select(x => x.Value).ToList(),
            Regions = tags.Where(x => x.Facet == Facet.Region).Select(x => x.Value).ToList(),
        };
    }

    private sealed class AnswerRow
    {
        public long Id { get; set; }
        public long QuestionId { get; set; }
        public string? Author { get; set; }
        public string Body { get; set; } = "";
        public long CreatedAt { get; set; }
        public string? HiddenReason { get; set; }
        public string? HiddenBy { get; set; }

        public Answer ToAnswer() => new()
        {
            Id = Id, QuestionId = QuestionId, Author = Author, Body = Body, CreatedAt = StoredTime.To(CreatedAt),
            Hidden = HiddenReason is null ? null : new Moderation(HiddenReason, HiddenBy ?? ""),
        };
    }
}
