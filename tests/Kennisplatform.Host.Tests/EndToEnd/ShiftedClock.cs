namespace Kennisplatform.Host.Tests.EndToEnd;

/// <summary>
/// The system clock, moved forward by as much as a test says: a host given this clock runs its own timing rules
/// (such as the session re-check) in real time, while the test skips the wait instead of sleeping through it.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _shiftTicks;

    /// <summary>How far this clock is ahead of the system clock.</summary>
    public TimeSpan Shift => TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    /// <summary>Moves the clock forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _shiftTicks, by.Ticks);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
