using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kennisplatform.Search;

/// <summary>
/// One tokenisation of a page shared by the two fields that read its body: the body field (Dutch analysis, positions
/// and offsets) replays the tokens, and the spelling vocabulary (<see cref="IndexFields.Exact"/>, documents only) gets
/// each distinct word of title, summary, headings and body once, through the exact analysis. Both give the index
/// exactly what their analyzers give it from the text (<c>PageTokensTests</c>), without tokenising the body twice or
/// analysing every occurrence of a word for a field that records only which pages have it.
/// One instance per index writer (not thread-safe): its token streams are reused from page to page, since a new
/// stream's attributes are looked up under a lock that Lucene.Net shares between all threads.
/// </summary>
public sealed class PageTokens
{
    private readonly StandardTokenizer _tokenizer = new(DutchTextAnalyzer.Version, TextReader.Null);
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private readonly Replay _body;
    private readonly TokenStream _bodyTerms;
    private readonly Vocabulary _vocabulary;
    private readonly WordTerms _text;
    private readonly WordTerms _exact;
    // The page's words, each with its Dutch terms when it is in the body: half of a page's words are repeats, and a
    // lookup here is cheaper than one in the analysis's memory of all words.
    private readonly Dictionary<string, WordTerms.Term[]?> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordTerms.Term[]?>.AlternateLookup<ReadOnlySpan<char>> _pageWord;

    /// <summary>Streams for the body's Dutch terms (<paramref name="text"/>) and the exact words (<paramref name="exact"/>).</summary>
    public PageTokens(WordTerms text, WordTerms exact)
    {
        _term = _tokenizer.AddAttribute<ICharTermAttribute>();
        _offset = _tokenizer.AddAttribute<IOffsetAttribute>();
        _increment = _tokenizer.AddAttribute<IPositionIncrementAttribute>();
        _type = _tokenizer.AddAttribute<ITypeAttribute>();
        _body = new Replay();
        _bodyTerms = new WordTermsFilter(_body, () => _body.Terms);
        _vocabulary = new Vocabulary();
        _text = text;
        _exact = exact;
        _pageWord = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Tokenises a page: afterwards <see cref="BodyTerms"/> and <see cref="ExactTerms"/> are its streams, valid until the
    /// next page.
    /// </summary>
    public void Next(string body, IEnumerable<string> otherTexts)
    {
        _body.Clear();
        _words.Clear();
        _vocabulary.Clear();
        Tokenise(body, _body);
        foreach (var text in otherTexts) Tokenise(text, null);
    }

    /// <summary>The body's tokens through the Dutch analysis.</summary>
    public TokenStream BodyTerms => _bodyTerms;

    /// <summary>The exact terms of every distinct word of the page.</summary>
    public TokenStream ExactTerms => _vocabulary;

    /// <summary>Every distinct word of the page (of its body and its other texts), as the tokenizer gave it.</summary>
    public IEnumerable<string> Words => _words.Keys;

    private void Tokenise(string text, Replay? record)
    {
        _tokenizer.SetReader(new StringReader(text));
        _tokenizer.Reset();
        while (_tokenizer.IncrementToken())
        {
            var word = new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length);
            ref var terms = ref CollectionsMarshal.GetValueRefOrAddDefault(_pageWord, word, out var seen);
            if (!seen)
            {
                foreach (var term in _exact.Of(word)) _vocabulary.Add(term.Text);
            }
            if (record is not null)
            {
                // The body comes first, so its words have their terms from here on.
                terms ??= _text.Of(word);
                record.Add(word, _offset.StartOffset, _offset.EndOffset, _increment.PositionIncrement, _type.Type, terms);
            }
        }
        _tokenizer.End();
        record?.Finish(_offset.EndOffset, _increment.PositionIncrement);
        _tokenizer.Dispose(); // closes the reader; the tokenizer takes the next one
    }

    /// <summary>The tokens of one text as the tokenizer emitted them, replayed with the same attributes.</summary>
    private sealed class Replay : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private readonly ITypeAttribute _type;
        private readonly List<(int Start, int Length, int StartOffset, int EndOffset, int Increment, string Type, WordTerms.Term[] Terms)> _tokens = [];
        private char[] _chars = new char[4096];
        private int _used;
        private int _next;
        private int _finalOffset;
        private int _finalIncrement;

        public Replay()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public void Clear()
        {
            _tokens.Clear();
            _used = 0;
        }

        /// <summary>The Dutch terms of the token last emitted.</summary>
        public WordTerms.Term[] Terms { get; private set; } = [];

        public void Add(ReadOnlySpan<char> word, int startOffset, int endOffset, int increment, string type, WordTerms.Term[] terms)
        {
            if (_used + word.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + word.Length));
            word.CopyTo(_chars.AsSpan(_used));
            _tokens.Add((_used, word.Length, startOffset, endOffset, increment, type, terms));
            _used += word.Length;
        }

        public void Finish(int finalOffset, int finalIncrement) => (_finalOffset, _finalIncrement) = (finalOffset, finalIncrement);

        public override bool IncrementToken()
        {
            if (_next == _tokens.Count) return false;
            ClearAttributes();
            var token = _tokens[_next++];
            _term.CopyBuffer(_chars, token.Start, token.Length);
            _offset.SetOffset(token.StartOffset, token.EndOffset);
            _increment.PositionIncrement = token.Increment;
            _type.Type = token.Type;
            Terms = token.Terms;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_finalOffset, _finalOffset);
            _increment.PositionIncrement = _finalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    /// <summary>Terms one after the other; where they stand does not matter to a field that records only documents.</summary>
    private sealed class Vocabulary : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly List<string> _terms = [];
        private int _next;

        public Vocabulary() => _term = AddAttribute<ICharTermAttribute>();

        public void Clear() => _terms.Clear();

        public void Add(string term) => _terms.Add(term);

        public override bool IncrementToken()
        {
            if (_next == _terms.Count) return false;
            ClearAttributes();
            _term.SetEmpty().Append(_terms[_next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
