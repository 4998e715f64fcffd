using System.Text;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The output memo kept for the next build: what was set comes back whole, and a memo that is not whole gives nothing.</summary>
public sealed class OutputMemoTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string File => _temp["output-memo"];

    private static readonly string A = new('a', 64), B = new('b', 64), C = new('c', 64);

    private string Written()
    {
        var memo = OutputMemo.Empty();
        memo.Set(B, [("thema/één/index.html", "k2")]);
        memo.Set(A, [("index.html", "k1")]);
        memo.Set(C, [("sitemap.xml", "k3"), ("feed.xml", "k4")]);
        Assert.True(memo.Write(File));
        return System.IO.File.ReadAllText(File);
    }

    [Fact]
    public void A_memo_is_written_as_one_line_per_output_in_the_order_of_its_inputs_and_read_back()
    {
        Assert.Equal($"{A}\tindex.html\tk1\n{B}\tthema/één/index.html\tk2\n{C}\tsitemap.xml\tk3\n{C}\tfeed.xml\tk4\nkp-output-memo-v1\n", Written());

        var read = OutputMemo.Read(File);

        Assert.Equal([("index.html", "k1")], read.Get(A));
        Assert.Equal([("thema/één/index.html", "k2")], read.Get(B));
        Assert.Equal([("sitemap.xml", "k3"), ("feed.xml", "k4")], read.Get(C));
        Assert.Null(read.Get(new string('d', 64)));
    }

    [Fact]
    public void The_outputs_of_one_input_are_gathered_wherever_its_lines_are()
    {
        System.IO.File.WriteAllText(File, $"{A}\tx.html\tk1\n{B}\ty.html\tk2\n{A}\tz.html\tk3\nkp-output-memo-v1\n");

        Assert.Equal([("x.html", "k1"), ("z.html", "k3")], OutputMemo.Read(File).Get(A));
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("no mark")]
    [InlineData("short key")]
    [InlineData("two fields")]
    [InlineData("four fields")]
    [InlineData("empty path")]
    [InlineData("missing")]
    public void A_memo_that_is_not_whole_gives_nothing(string damage)
    {
        var whole = Written();
        var text = damage switch
        {
            "cut" => whole[..(whole.Length / 2)] + "\nkp-output-memo-v1\n",
            "no mark" => whole.Replace("kp-output-memo-v1\n", ""),
            "short key" => whole.Replace(A, A[..63]),
            "two fields" => whole.Replace("\tk1", ""),
            "four fields" => whole.Replace("\tk1", "\tk1\tk9"),
            "empty path" => whole.Replace("index.html", ""),
            _ => null,
        };
        if (text is null) System.IO.File.Delete(File);
        else System.IO.File.WriteAllText(File, text);

        var read = OutputMemo.Read(File);

        Assert.Null(read.Get(A));
        Assert.Null(read.Get(C));
    }
}
