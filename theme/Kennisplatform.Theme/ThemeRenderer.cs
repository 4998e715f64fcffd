using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kennisplatform.Theme;

/// <summary>A page to render: a theme component and the model it takes as its <c>Model</c> parameter.</summary>
public sealed record PageRequest(Type Component, object Model);

/// <summary>Renders theme components to HTML strings with <see cref="HtmlRenderer"/>, outside any HTTP request.</summary>
public sealed class ThemeRenderer
{
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory _loggers;

    /// <summary>Creates a renderer with its own empty service container.</summary>
    public ThemeRenderer(ILoggerFactory? loggers = null)
    {
        _services = new ServiceCollection().BuildServiceProvider();
        _loggers = loggers ?? NullLoggerFactory.Instance;
    }

    /// <summary>Renders one page.</summary>
    public async Task<string> RenderAsync<TComponent>(object model) where TComponent : IComponent =>
        (await RenderBatchAsync([new PageRequest(typeof(TComponent), model)]))[0];

    /// <summary>Renders one page as UTF-8 bytes, without making it a string first (the bytes SearchPageWriter is held to).</summary>
    public async Task<byte[]> RenderUtf8Async<TComponent>(object model) where TComponent : IComponent =>
        (await RenderBatchUtf8Async([new PageRequest(typeof(TComponent), model)]))[0];

    /// <summary>
    /// Renders a batch of pages with one short-lived <see cref="HtmlRenderer"/>: a renderer keeps every root it
    /// rendered, so reusing one for a whole site grows memory and slows down.
    /// </summary>
    public Task<IReadOnlyList<string>> RenderBatchAsync(IReadOnlyList<PageRequest> pages) =>
        RenderBatchAsync(pages, output => output.ToHtmlString());

    /// <summary>As <see cref="RenderBatchAsync(IReadOnlyList{PageRequest})"/>, each page as UTF-8 bytes without a string in between (pages written to files).</summary>
    public Task<IReadOnlyList<byte[]>> RenderBatchUtf8Async(IReadOnlyList<PageRequest> pages) =>
        RenderBatchAsync(pages, output =>
        {
            using var writer = new Utf8PageWriter();
            output.WriteHtmlTo(writer);
            return writer.ToArray();
        });

    private async Task<IReadOnlyList<T>> RenderBatchAsync<T>(IReadOnlyList<PageRequest> pages, Func<HtmlRootComponent, T> write)
    {
        await using var renderer = new HtmlRenderer(_services, _loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var html = new T[pages.Count];
            for (var i = 0; i < pages.Count; i++)
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = pages[i].Model });
                var output = await renderer.RenderComponentAsync(pages[i].Component, parameters);
                html[i] = write(output);
            }
            return (IReadOnlyList<T>)html;
        });
    }
}
