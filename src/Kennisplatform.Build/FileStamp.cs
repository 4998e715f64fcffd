using System.Runtime.InteropServices;

namespace Kennisplatform.Build;

/// <summary>
/// What the file system says of a file without reading it: size, modification and change times (nanoseconds), inode and
/// device, from Linux <c>statx(2)</c>. The change time (<c>ctime</c>) is set by the kernel on every write, rename or
/// change of times and cannot be set back by a program, which is what makes a stamp worth trusting (<see cref="ContentFiles"/>).
/// </summary>
public readonly record struct FileStamp(long Size, long Modified, long Changed, ulong Inode, ulong Device)
{
    private const int AtFdCwd = -100;
    // STATX_MTIME | STATX_CTIME | STATX_INO | STATX_SIZE: a stamp needs all four.
    private const uint Wanted = 0x40 | 0x80 | 0x100 | 0x200;

    /// <summary>The stamp of the file at <paramref name="path"/> (links followed), or null where the system cannot give one.</summary>
    public static unsafe FileStamp? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        // struct statx is the same on every Linux architecture (256 bytes, fields at fixed offsets, in the machine's byte order).
        var buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, Wanted, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a C library without statx (before glibc 2.28): every file is read
        }
        var span = new ReadOnlySpan<byte>(buffer, 256);
        if ((MemoryMarshal.Read<uint>(span) & Wanted) != Wanted) return null;
        return new FileStamp(
            MemoryMarshal.Read<long>(span[40..]),
            Nanoseconds(span[112..]),
            Nanoseconds(span[96..]),
            MemoryMarshal.Read<ulong>(span[32..]),
            (ulong)MemoryMarshal.Read<uint>(span[136..]) << 32 | MemoryMarshal.Read<uint>(span[140..]));
    }

    // struct statx_timestamp: seconds (64 bits), nanoseconds (32 bits).
    private static long Nanoseconds(ReadOnlySpan<byte> timestamp) =>
        MemoryMarshal.Read<long>(timestamp) * 1_000_000_000 + MemoryMarshal.Read<uint>(timestamp[8..]);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern unsafe int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte* buffer);
}
