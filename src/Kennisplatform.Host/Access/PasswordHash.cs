using System.Globalization;
using System.Security.Cryptography;

namespace Kennisplatform.Host.Access;

/// <summary>Salted, slow password hashes: PBKDF2 with SHA-256, written as <c>pbkdf2-sha256$iterations$salt$hash</c>.</summary>
public static class PasswordHash
{
    /// <summary>Iterations for new hashes (OWASP's advice for PBKDF2-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";

    /// <summary>A new hash with a random salt.</summary>
    public static string Create(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// A stored hash that no password matches (a random salt and random bytes as the hash) and that takes as long to
    /// check as a real one of <paramref name="iterations"/>: made without hashing anything, so it costs nothing to make.
    /// </summary>
    public static string Decoy(int iterations) =>
        string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The iterations of a stored hash, or 0 when it is not one of ours.</summary>
    public static int Iterations(string stored)
    {
        var parts = stored.Split('$');
        return parts.Length == 4 && parts[0] == Scheme &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) ? iterations : 0;
    }

    /// <summary>True when the password matches; compares in constant time.</summary>
    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        var iterations = Iterations(stored);
        if (iterations < 1) return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
