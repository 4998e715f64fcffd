using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>
/// Locks a user name after repeated failed sign-ins, and a client address after many (against guessing across
/// names). Kept in memory per host; behind several hosts, the reverse proxy's sticky sessions or its own limits apply.
/// </summary>
/// <remarks>
/// An attempt is counted before its password is checked, atomically per key, so that parallel attempts cannot slip
/// past the limit. Failures count within a window of <see cref="AccessOptions.LockoutDuration"/> and are forgotten
/// after it; expired entries are swept out now and then, so that memory stays bounded.
/// </remarks>
public sealed class LoginThrottle(IOptions<AccessOptions> options, TimeProvider time)
{
    private const int SweepEvery = 256;

    private sealed record Entry(int Attempts, DateTimeOffset WindowStart, DateTimeOffset? LockedUntil);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private int _sinceSweep;

    /// <summary>How many user names and addresses are tracked now.</summary>
    public int Tracked => _entries.Count;

    /// <summary>
    /// Counts an attempt for the name and the address; false (nothing to verify) when either is locked or this attempt
    /// is beyond the limit.
    /// </summary>
    public bool TryAttempt(string username, string address)
    {
        if (Interlocked.Increment(ref _sinceSweep) % SweepEvery == 0) Sweep();
        var user = Count(User(username), options.Value.LockoutAttempts);
        var client = Count(Address(address), options.Value.AddressLockoutAttempts);
        return user && client;
    }

    /// <summary>
    /// A successful sign-in clears the user name's attempts and takes its own attempt off the address, so that many
    /// colleagues behind one address can sign in.
    /// </summary>
    public void Succeed(string username, string address)
    {
        _entries.TryRemove(User(username), out _);
        _entries.AddOrUpdate(Address(address), _ => new Entry(0, time.GetUtcNow(), null),
            (_, e) => e with { Attempts = Math.Max(0, e.Attempts - 1) });
    }

    // True when this attempt is within the limit; the attempt that reaches the limit sets the lock.
    private bool Count(string key, int limit)
    {
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(key,
            _ => Next(new Entry(0, now, null), limit, now),
            (_, e) => Next(Expired(e, now) ? new Entry(0, now, null) : e, limit, now));
        return entry.Attempts <= limit;
    }

    private Entry Next(Entry e, int limit, DateTimeOffset now)
    {
        var attempts = e.Attempts + 1;
        return new Entry(attempts, e.WindowStart, attempts >= limit ? e.LockedUntil ?? now + options.Value.LockoutDuration : null);
    }

    private bool Expired(Entry e, DateTimeOffset now) =>
        e.LockedUntil is { } until ? until <= now : e.WindowStart + options.Value.LockoutDuration <= now;

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (Expired(entry, now)) _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }

    private static string User(string username) => "user:" + username.Trim().ToLowerInvariant();

    private static string Address(string address) => "address:" + address;
}
