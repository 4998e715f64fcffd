namespace Kennisplatform.Search;

/// <summary>
/// Splits a Dutch compound into known words only when the known words cover the whole of it, allowing the linking
/// sounds -s-, -e- and -en- between parts: vastgoedcriminaliteit → vastgoed + criminaliteit, drugsdumping →
/// drugs + dumping, belastingaangifte → belasting + aangifte. Words that merely contain a known word
/// (burgemeester, regering) are left alone, which keeps precision on ordinary words. The last part, the head, must be
/// a word of <paramref name="isWord"/>; the parts before it may also be words of <paramref name="isModifier"/>
/// (beroepsgroepen → beroep + groepen where only groepen is such a word): the head is what ends a word, and ordinary
/// word endings (-ingen, -heden) are words of a word list too, so only the head needs the stricter test.
/// </summary>
public sealed class CompoundSplitter(Func<string, bool> isWord, int minPart = CompoundDictionary.MinPartLength, int maxParts = 4,
    Func<string, bool>? isModifier = null)
{
    private static readonly string[] Linkers = ["", "s", "e", "en"];

    /// <summary>The parts of <paramref name="word"/>, or an empty list when it is no compound of known words.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (word.Length < 2 * minPart) return [];
        return Best(word, 0, maxParts) ?? [];
    }

    // Fewest parts wins; among equals, the longest first part (the most specific reading). The word itself, even
    // when it is known, is never its own split: a compound needs at least two parts.
    private List<string>? Best(string word, int start, int partsLeft)
    {
        if (partsLeft == 0) return null;
        for (var end = start == 0 ? word.Length - minPart : word.Length; end - start >= minPart; end--)
        {
            var part = word[start..end];
            if (!isWord(part) && (end == word.Length || isModifier is null || !isModifier(part))) continue;
            if (end == word.Length) return [part];
            foreach (var linker in Linkers)
            {
                var next = end + linker.Length;
                if (linker.Length > 0 && (next > word.Length || string.CompareOrdinal(word, end, linker, 0, linker.Length) != 0)) continue;
                if (word.Length - next < minPart) continue;
                var rest = Best(word, next, partsLeft - 1);
                if (rest is not null) return [part, .. rest];
            }
        }
        return null;
    }
}
