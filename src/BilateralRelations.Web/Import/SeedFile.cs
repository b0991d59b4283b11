using System.Runtime.InteropServices;

namespace BilateralRelations.Web.Import;

/// <summary>
/// What a name in the articles folder is, before anything opens it: only a regular file (or a link to one inside
/// the folder) is an article. Opening a FIFO blocks until something writes to it, a device never ends, and a link
/// out of the folder (<c>x-relations.txt → /etc/passwd</c>) would publish a file that is nobody's article.
/// </summary>
public static class SeedFile
{
    public enum Kind
    {
        Regular,
        /// <summary>A FIFO, socket, device or folder.</summary>
        NotAFile,
        /// <summary>A link whose target is outside the articles folder.</summary>
        LinkOutside,
        /// <summary>A link to nothing.</summary>
        DanglingLink,
    }

    /// <summary>What <paramref name="path"/> (in <paramref name="folder"/>) is.</summary>
    public static Kind KindOf(string path, string folder)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return Kind.DanglingLink;
            }
            var relative = Path.GetRelativePath(Path.GetFullPath(folder), target.FullName);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return Kind.LinkOutside;
            }
            path = target.FullName;
        }
        return IsRegularFile(path) ? Kind.Regular : Kind.NotAFile;
    }

    /// <summary>At most <paramref name="limit"/> + 1 bytes of the file: the size is checked on what is read, not on what the folder says.</summary>
    public static async Task<byte[]> ReadAtMostAsync(string path, long limit, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, useAsync: true);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (buffer.Length <= limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path); // elsewhere the attributes tell folders apart, and FIFOs are rare
        }
        // statx's buffer has the same layout on every Linux architecture: the file type is in stx_mode at offset 28.
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return false;
        }
        var mode = BitConverter.ToUInt16(buffer, 28);
        return (mode & 0xF000) == 0x8000; // S_IFMT, S_IFREG
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
