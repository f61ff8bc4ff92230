using System.Diagnostics.CodeAnalysis;
using Serilog;

namespace GeoAnomaly.Host.Plugins;

/// <summary>
/// The components and forecast models found in the plugin folders, and every error met while loading them. A broken plugin or component
/// never stops the others from loading; the errors are kept for the caller to report.
/// </summary>
/// <remarks>Each plugin folder has its own load context (McMaster <c>PluginLoader</c>), kept alive as long as the
/// catalog; only SDK types are shared with the host, so plugins bring their own versions of everything else.</remarks>
internal sealed class PluginCatalog : IDisposable
{
    private readonly Dictionary<string, LoadedComponent> _byName;
    private readonly Dictionary<string, LoadedForecastModel> _modelsByName;
    private readonly IReadOnlyList<IDisposable> _loaders;

    internal PluginCatalog(
        IReadOnlyList<LoadedPlugin> plugins,
        IReadOnlyList<LoadedComponent> components,
        IReadOnlyList<PluginLoadError> errors,
        IReadOnlyList<IDisposable> loaders,
        IReadOnlyList<LoadedForecastModel> forecastModels)
    {
        Plugins = plugins;
        Components = components;
        Errors = errors;
        _loaders = loaders;
        _byName = new Dictionary<string, LoadedComponent>(StringComparer.OrdinalIgnoreCase);
        foreach (var component in components)
        {
            _byName.TryAdd(component.Name, component);
        }

        ForecastModels = forecastModels;
        _modelsByName = new Dictionary<string, LoadedForecastModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in ForecastModels)
        {
            _modelsByName.TryAdd(model.Name, model);
        }
    }

    /// <summary>Plugins that loaded (possibly with some components missing, see <see cref="Errors"/>), in search order.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>Every component that loaded, names unique, in search order.</summary>
    public IReadOnlyList<LoadedComponent> Components { get; }

    /// <summary>Every forecast model that loaded, names unique among forecast models, in search order.</summary>
    public IReadOnlyList<LoadedForecastModel> ForecastModels { get; }

    /// <summary>Every problem met while loading, in search order.</summary>
    public IReadOnlyList<PluginLoadError> Errors { get; }

    /// <summary>Searches <paramref name="searchPath"/> and loads every plugin folder found.</summary>
    /// <param name="searchPath">The folders to search, in order.</param>
    /// <param name="logger">Receives one line per plugin loaded, shadowed or failed.</param>
    public static PluginCatalog Load(PluginSearchPath searchPath, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(searchPath);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new PluginCatalogBuilder(logger);
        foreach (var root in searchPath.Roots)
        {
            PluginFolderLoader.LoadRoot(root, builder, logger);
        }

        return builder.Build();
    }

    /// <summary>Finds a component by name (case-insensitive).</summary>
    /// <param name="name">The component's configuration name.</param>
    /// <param name="component">The component, when found.</param>
    public bool TryFind(string name, [NotNullWhen(true)] out LoadedComponent? component) =>
        _byName.TryGetValue(name, out component);

    /// <summary>Finds a component by name (case-insensitive).</summary>
    /// <param name="name">The component's configuration name.</param>
    /// <exception cref="PluginException">No loaded component has that name; the message lists those that do exist.</exception>
    public LoadedComponent Find(string name)
    {
        if (TryFind(name, out var component))
        {
            return component;
        }

        string known = Components.Count == 0
            ? "no components are loaded (check the plugin folders)"
            : "loaded components are " + string.Join(", ", Components.Select(c => c.Name).Order(StringComparer.Ordinal));
        throw new PluginException($"no component named '{name}'; {known}");
    }

    /// <summary>Finds a forecast model by name (case-insensitive).</summary>
    /// <param name="name">The model's configuration name.</param>
    /// <param name="model">The model, when found.</param>
    public bool TryFindForecastModel(string name, [NotNullWhen(true)] out LoadedForecastModel? model) =>
        _modelsByName.TryGetValue(name, out model);

    /// <summary>Finds a forecast model by name (case-insensitive).</summary>
    /// <param name="name">The model's configuration name.</param>
    /// <exception cref="PluginException">No loaded forecast model has that name; the message lists those that do exist.</exception>
    public LoadedForecastModel ForecastModel(string name)
    {
        if (TryFindForecastModel(name, out var model))
        {
            return model;
        }

        string known = ForecastModels.Count == 0
            ? "no forecast models are loaded (check the plugin folders)"
            : "loaded forecast models are " + string.Join(", ", ForecastModels.Select(m => m.Name).Order(StringComparer.Ordinal));
        throw new PluginException($"no forecast model named '{name}'; {known}");
    }

    /// <summary>Releases the plugin loaders.</summary>
    public void Dispose()
    {
        foreach (var loader in _loaders)
        {
            loader.Dispose();
        }
    }
}
