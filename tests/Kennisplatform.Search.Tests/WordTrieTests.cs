using System.Security.Cryptography;

namespace Kennisplatform.Search.Tests;

/// <summary>A word tree written out is read back whole, with the hash of its bytes, or not at all.</summary>
public class WordTrieTests
{
    private static readonly string[] Words = ["aanpak", "aanpakken", "bestuur", "bestuurlijk", "vastgoed", "ondermijning"];

    private static byte[] Written()
    {
        using var stream = new MemoryStream();
        new WordTrie(Words, entryLength: 5).Write(stream);
        return stream.ToArray();
    }

    private static (WordTrie? Tree, byte[] Hash) Read(byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var tree = WordTrie.Read(new MemoryStream(bytes), hash);
        return (tree, hash.GetHashAndReset());
    }

    private static bool Has(WordTrie tree, string word)
    {
        var node = tree.Prefix(word.AsSpan(0, 5));
        for (var i = 5; i < word.Length && node >= 0; i++) node = tree.Child(node, word[i]);
        return node >= 0 && tree.IsWord(node);
    }

    [Fact]
    public void A_written_tree_is_read_back_with_its_words_and_the_hash_of_every_byte()
    {
        var bytes = Written();
        var (tree, hash) = Read(bytes);

        Assert.NotNull(tree);
        Assert.Equal(SHA256.HashData(bytes), hash);
        Assert.All(Words, w => Assert.True(Has(tree, w), w));
        Assert.False(Has(tree, "aanpa" + "k" + "je"));
        Assert.False(Has(tree, "bestu" + "ren"));
    }

    [Fact]
    public void A_tree_cut_short_with_bytes_after_it_or_a_garbled_node_count_is_not_read()
    {
        var bytes = Written();
        Assert.Null(Read(bytes[..^1]).Tree);
        Assert.Null(Read([.. bytes, 0]).Tree);

        // The node count right after the mark: a huge one is refused by the stream's length, before any allocation.
        var huge = (byte[])bytes.Clone();
        BitConverter.TryWriteBytes(huge.AsSpan("kp-word-trie-v1".Length), int.MaxValue);
        Assert.Null(Read(huge).Tree);
        var one = (byte[])bytes.Clone();
        BitConverter.TryWriteBytes(one.AsSpan("kp-word-trie-v1".Length), 1);
        Assert.Null(Read(one).Tree);
    }
}
