using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kennisplatform.Host.Tests;

/// <summary>Keeps every log line of a test host ("category: message"), so tests can assert what was and was not logged.</summary>
public sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string category) => new Collector(category, lines);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel level) => true;

        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) =>
            lines.Enqueue($"{category}: {format(state, e)}");
    }
}
