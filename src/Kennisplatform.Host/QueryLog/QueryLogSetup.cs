namespace Kennisplatform.Host.QueryLog;

/// <summary>Registers the anonymous query log: the recorder searches call and the writer that stores its counts.</summary>
public static class QueryLogSetup
{
    /// <summary>Adds the options (section <see cref="QueryLogOptions.Section"/>), the recorder and the background writer.</summary>
    public static void AddQueryLog(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<QueryLogOptions>().Bind(builder.Configuration.GetSection(QueryLogOptions.Section));
        builder.Services.AddSingleton<QueryRecorder>();
        builder.Services.AddSingleton<QueryLogWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueryLogWriter>());
    }
}
