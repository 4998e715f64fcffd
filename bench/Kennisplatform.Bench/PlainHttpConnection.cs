using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Kennisplatform.Bench;

/// <summary>
/// One keep-alive HTTP/1.1 connection, written and read on the calling thread as wrk's event loop does: a request's
/// latency is then the host's and the network's, with little of the client's own (no thread hand-over on each read, no
/// response objects, headers or buffered content). Only what the bench's host sends is understood: a status line,
/// headers, and a body with a length or in chunks.
/// </summary>
public sealed class PlainHttpConnection : IDisposable
{
    private readonly BufferedStream _stream;
    private readonly string _authority;
    private readonly byte[] _body = new byte[64 * 1024];
    private readonly StringBuilder _line = new(256);

    /// <summary>Connects to <paramref name="baseAddress"/> (http only).</summary>
    public PlainHttpConnection(Uri baseAddress)
    {
        if (baseAddress.Scheme != Uri.UriSchemeHttp) throw new ArgumentException($"only http, not {baseAddress.Scheme}", nameof(baseAddress));
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(baseAddress.Host, baseAddress.Port);
        _stream = new BufferedStream(new NetworkStream(socket, ownsSocket: true), 64 * 1024);
        _authority = baseAddress.Authority;
    }

    /// <summary>GETs <paramref name="pathAndQuery"/> and reads the whole response: its status and the length of its body.</summary>
    public (int Status, long Bytes) Get(string pathAndQuery)
    {
        _stream.Write(Encoding.ASCII.GetBytes($"GET {pathAndQuery} HTTP/1.1\r\nHost: {_authority}\r\n\r\n"));
        _stream.Flush();

        var statusLine = ReadLine();
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"not an HTTP/1.x status line: {statusLine}");
        }
        long? length = null;
        var chunked = false;
        for (var header = ReadLine(); header.Length > 0; header = ReadLine())
        {
            var colon = header.IndexOf(':');
            if (colon < 0) continue;
            var name = header.AsSpan(0, colon).Trim();
            var value = header.AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) length = long.Parse(value, CultureInfo.InvariantCulture);
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) chunked = value.Equals("chunked", StringComparison.OrdinalIgnoreCase);
        }
        if (!chunked) return (status, Skip(length ?? throw new IOException("a response without a length that is not chunked")));

        long bytes = 0;
        while (true)
        {
            var size = ReadLine();
            var end = size.IndexOf(';');
            var chunk = long.Parse(end < 0 ? size : size[..end], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (chunk == 0) break;
            bytes += Skip(chunk);
            if (ReadLine().Length != 0) throw new IOException("a chunk not followed by its line end");
        }
        while (ReadLine().Length > 0)
        {
            // trailers, none expected
        }
        return (status, bytes);
    }

    private long Skip(long count)
    {
        for (var left = count; left > 0;)
        {
            var read = _stream.Read(_body, 0, (int)Math.Min(left, _body.Length));
            if (read == 0) throw new IOException("the connection closed inside a body");
            left -= read;
        }
        return count;
    }

    private string ReadLine()
    {
        _line.Clear();
        while (true)
        {
            var b = _stream.ReadByte();
            if (b < 0) throw new IOException("the connection closed inside a response");
            if (b == '\n') return _line.ToString();
            if (b != '\r') _line.Append((char)b);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
