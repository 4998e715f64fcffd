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
        // Written under a temporary name and renamed, so that a reader never sees half a message.
        var temporary = Path.Combine(Folder, name + ".tmp");
        await using (var file = File.Create(temporary))
        {
            await message.WriteToAsync(file, cancel);
        }
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
