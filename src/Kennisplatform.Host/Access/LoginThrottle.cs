using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Access;

/// <summary>
/// Locks a user name after repeated failed sign-ins, and a client address after many (against guessing across
/// names). Kept in memory per host; behind several hosts, the reverse proxy's sticky sessions or its own limits apply.
/// </summary>
public sealed class LoginThrottle(IOptions<AccessOptions> options, TimeProvider time)
{
    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    /// <summary>True while the user name or the address is locked.</summary>
    public bool IsLocked(string username, string address) => Locked(User(username)) || Locked(Address(address));

    /// <summary>Counts a failure; locks when the limit is reached.</summary>
    public void Fail(string username, string address)
    {
        Count(User(username), options.Value.LockoutAttempts);
        Count(Address(address), options.Value.AddressLockoutAttempts);
    }

    /// <summary>A successful sign-in clears the user name's failures.</summary>
    public void Succeed(string username) => _entries.TryRemove(User(username), out _);

    private bool Locked(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.LockedUntil is { } until && until > time.GetUtcNow();

    private void Count(string key, int limit) => _entries.AddOrUpdate(key,
        _ => new Entry(1, limit <= 1 ? time.GetUtcNow() + options.Value.LockoutDuration : null),
        (_, e) =>
        {
            if (e.LockedUntil is { } until && until <= time.GetUtcNow()) e = new Entry(0, null); // the lock ran out
            var failures = e.Failures + 1;
            return new Entry(failures, failures >= limit ? time.GetUtcNow() + options.Value.LockoutDuration : e.LockedUntil);
        });

    private static string User(string username) => "user:" + username.Trim().ToLowerInvariant();

    private static string Address(string address) => "address:" + address;
}
