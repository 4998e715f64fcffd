using Kennisplatform.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Kennisplatform.Search.Tests;

public sealed class TermVocabularyTests(TermVocabularyTests.DenseWords index) : IClassFixture<TermVocabularyTests.DenseWords>
{
    /// <summary>
    /// Words of a five-letter alphabet, so that most have neighbours at one and two edits (swaps included), spread over
    /// three segments with different page counts: written once, the tests only read.
    /// </summary>
    public sealed class DenseWords : IDisposable
    {
        public const string Name = "exact";
        private readonly RAMDirectory _directory = new();

        public DirectoryReader Reader { get; }

        public IReadOnlyList<string> Words { get; }

        public DenseWords()
        {
            var random = new Random(7);
            Words = Enumerable.Range(0, 1500).Select(_ => RandomWord(random)).Distinct().ToList();
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(DutchTextAnalyzer.Version, null) { MergePolicy = NoMergePolicy.COMPOUND_FILES }))
            {
                for (var segment = 0; segment < 3; segment++)
                {
                    for (var page = 0; page < 40; page++)
                    {
                        var document = new Document();
                        foreach (var word in Words.Where(_ => random.Next(8) == 0)) document.Add(new StringField(Name, word, Field.Store.NO));
                        writer.AddDocument(document);
                    }
                    writer.Commit();
                }
            }
            Reader = DirectoryReader.Open(_directory);
        }

        public static string RandomWord(Random random) =>
            new([.. Enumerable.Range(0, random.Next(2, 9)).Select(_ => "abcde"[random.Next(5)])]);

        public void Dispose()
        {
            Reader.Dispose();
            _directory.Dispose();
        }
    }

    [Fact]
    public void Words_near_a_typed_word_are_those_Lucenes_fuzzy_enumeration_finds_with_the_same_similarity_and_page_count()
    {
        var vocabulary = new TermVocabulary(index.Reader, DenseWords.Name);
        var random = new Random(11);
        var typed = index.Words.Take(100).Concat(Enumerable.Range(0, 200).Select(_ => DenseWords.RandomWord(random))).Distinct();
        Assert.True(index.Reader.Leaves.Count >= 3);

        var compared = 0;
        foreach (var word in typed)
        {
            foreach (var maxEdits in new[] { 1, 2 })
            {
                var expected = Fuzzy(word, maxEdits);
                var actual = vocabulary.Near(word, maxEdits).ToList();
                Assert.Equal(expected, actual);
                compared += expected.Count;
            }
        }
        Assert.True(compared > 1000, $"only {compared} neighbours compared");
    }

    [Fact]
    public void A_word_is_known_when_some_page_has_it()
    {
        var vocabulary = new TermVocabulary(index.Reader, DenseWords.Name);

        var e = MultiFields.GetTerms(index.Reader, DenseWords.Name).GetEnumerator();
        var distinct = 0;
        while (e.MoveNext()) distinct++;
        Assert.Equal(distinct, vocabulary.Count);
        Assert.All(index.Words.Where(w => index.Reader.DocFreq(new Term(DenseWords.Name, w)) > 0), w => Assert.True(vocabulary.Contains(w)));
        Assert.False(vocabulary.Contains("abcdeabcde"));
        Assert.False(vocabulary.Contains("f"));
    }

    [Fact]
    public void The_most_used_word_with_a_prefix_is_the_first_of_the_most_used_within_the_limit()
    {
        var vocabulary = new TermVocabulary(index.Reader, DenseWords.Name);
        foreach (var prefix in new[] { "a", "ab", "cad", "eeee", "ba" })
        {
            foreach (var limit in new[] { 1, 5, 64 })
            {
                Assert.Equal(MostUsedWithPrefix(prefix, limit), vocabulary.MostUsedWithPrefix(prefix, limit));
            }
        }
        Assert.Null(vocabulary.MostUsedWithPrefix("f", 64));
    }

    private List<(string, float, int)> Fuzzy(string word, int maxEdits)
    {
        var terms = MultiFields.GetTerms(index.Reader, DenseWords.Name);
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(DenseWords.Name, word), maxEdits, 1, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        var found = new List<(string, float, int)>();
        while (fuzzy.MoveNext()) found.Add((fuzzy.Term.Utf8ToString(), boost.Boost, fuzzy.DocFreq));
        return found;
    }

    private string? MostUsedWithPrefix(string prefix, int limit)
    {
        var e = MultiFields.GetTerms(index.Reader, DenseWords.Name).GetEnumerator();
        if (e.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return null;
        string? best = null;
        var bestFreq = 0;
        for (var i = 0; i < limit; i++)
        {
            var word = e.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) break;
            if (e.DocFreq > bestFreq) (best, bestFreq) = (word, e.DocFreq);
            if (!e.MoveNext()) break;
        }
        return best;
    }
}
