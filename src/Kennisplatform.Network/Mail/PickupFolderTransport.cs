using Kennisplatform.Search;
using MimeKit;

namespace Kennisplatform.Network.Mail;

/// <summary>Writes each message as an <c>.eml</c> file into a folder (development and tests: mail that can be read back).</summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    /// <summary>The folder written to.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        // Whole or not at all, so that a reader never sees half a message; a message that cannot be written is an error.
        await WholeFile.WriteAsync(Path.Combine(Folder, name), (file, c) => message.WriteToAsync(file, c), cancel);
    }
}
