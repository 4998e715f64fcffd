using Kennisplatform.Host.Access;
using Microsoft.Extensions.Options;

namespace Kennisplatform.Host.Tests.Access;

public class LoginThrottleTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static (LoginThrottle, Clock) Throttle(int userAttempts = 5, int addressAttempts = 20)
    {
        var clock = new Clock();
        var options = Options.Create(new AccessOptions { LockoutAttempts = userAttempts, AddressLockoutAttempts = addressAttempts });
        return (new LoginThrottle(options, clock), clock);
    }

    [Fact]
    public void Parallel_attempts_on_one_name_get_exactly_the_limit_through()
    {
        var (throttle, _) = Throttle();
        var allowed = 0;

        Parallel.For(0, 200, i =>
        {
            if (throttle.TryAttempt("analist", $"203.0.113.{i % 250}")) Interlocked.Increment(ref allowed);
        });

        Assert.Equal(5, allowed);
    }

    [Fact]
    public void Failures_from_an_address_are_forgotten_after_the_lockout_window()
    {
        var (throttle, clock) = Throttle(userAttempts: 100, addressAttempts: 3);
        for (var i = 0; i < 2; i++) Assert.True(throttle.TryAttempt($"naam{i}", "203.0.113.1"));

        clock.Now += TimeSpan.FromMinutes(16);

        Assert.True(throttle.TryAttempt("naam2", "203.0.113.1"));
        Assert.True(throttle.TryAttempt("naam3", "203.0.113.1"));
    }

    [Fact]
    public void A_lock_ends_after_its_duration()
    {
        var (throttle, clock) = Throttle(userAttempts: 2);
        throttle.TryAttempt("analist", "a");
        throttle.TryAttempt("analist", "b");

        var locked = throttle.TryAttempt("analist", "c");
        clock.Now += TimeSpan.FromMinutes(15);

        Assert.False(locked);
        Assert.True(throttle.TryAttempt("analist", "d"));
    }

    [Fact]
    public void Successful_sign_ins_from_one_address_do_not_lock_it()
    {
        var (throttle, _) = Throttle(addressAttempts: 3);

        for (var i = 0; i < 10; i++)
        {
            Assert.True(throttle.TryAttempt($"collega{i}", "198.51.100.1"));
            throttle.Succeed($"collega{i}", "198.51.100.1");
        }
    }

    [Fact]
    public void Expired_entries_are_swept_so_memory_stays_bounded()
    {
        var (throttle, clock) = Throttle();
        for (var i = 0; i < 1000; i++) throttle.TryAttempt($"naam{i}", $"address{i}");
        var before = throttle.Tracked;

        clock.Now += TimeSpan.FromHours(1);
        for (var i = 0; i < 256; i++) throttle.TryAttempt("later", "elsewhere");

        Assert.True(before >= 1000);
        Assert.True(throttle.Tracked < 10, $"{throttle.Tracked} entries still tracked");
    }
}
