using Serilog;

namespace GeoAnomaly.Host.Plugins;

/// <summary>Collects plugins, components and errors while loading; enforces unique plugin and component names.</summary>
internal sealed class PluginCatalogBuilder(ILogger logger)
{
    private readonly List<LoadedPlugin> _plugins = [];
    private readonly List<LoadedComponent> _components = [];
    private readonly List<PluginLoadError> _errors = [];
    private readonly List<IDisposable> _loaders = [];
    private readonly Dictionary<string, string> _pluginFolders = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LoadedComponent> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LoadedForecastModel> _models = [];
    private readonly Dictionary<string, LoadedForecastModel> _modelsByName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Errors so far.</summary>
    public IReadOnlyList<PluginLoadError> Errors => _errors;

    /// <summary>
    /// Claims a plugin name for <paramref name="folder"/>. Returns false when a plugin of that name was already found in
    /// an earlier searched folder (which then shadows this one).
    /// </summary>
    /// <param name="name">Plugin (folder) name.</param>
    /// <param name="folder">Full path of the folder.</param>
    public bool Claim(string name, string folder)
    {
        if (_pluginFolders.TryGetValue(name, out string? earlier))
        {
            logger.Information("Plugin {Plugin} in {Folder} is shadowed by {Earlier}, found earlier in the search path", name, folder, earlier);
            return false;
        }

        _pluginFolders.Add(name, folder);
        return true;
    }

    /// <summary>Records a plugin that loaded, and the loader that keeps its context alive.</summary>
    /// <param name="plugin">The plugin.</param>
    /// <param name="loader">Its loader, disposed with the catalog; null for in-process components.</param>
    public void AddPlugin(LoadedPlugin plugin, IDisposable? loader)
    {
        _plugins.Add(plugin);
        if (loader is not null)
        {
            _loaders.Add(loader);
        }
    }

    /// <summary>Adds a component unless its name is taken, in which case an error names both plugins.</summary>
    /// <param name="component">The component.</param>
    /// <returns>Whether it was added.</returns>
    public bool AddComponent(LoadedComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (_byName.TryGetValue(component.Name, out var existing))
        {
            AddError(new PluginLoadError(component.PluginName, component.Name,
                $"component name '{component.Name}' is already used by {existing.Kind.Word()} {existing.Name} of plugin {existing.PluginName} ({existing.Folder}); this one is not loaded"));
            return false;
        }

        _byName.Add(component.Name, component);
        _components.Add(component);
        logger.Debug("Loaded {Kind} {Component} from plugin {Plugin} {Version}", component.Kind.Word(), component.Name, component.PluginName, component.AssemblyVersion);
        return true;
    }

    /// <summary>Adds a forecast model unless another forecast model has its name, in which case an error names both plugins.</summary>
    /// <param name="model">The model.</param>
    /// <returns>Whether it was added.</returns>
    public bool AddForecastModel(LoadedForecastModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (_modelsByName.TryGetValue(model.Name, out var existing))
        {
            AddError(new PluginLoadError(model.PluginName, model.Name,
                $"forecast model name '{model.Name}' is already used by plugin {existing.PluginName} ({existing.Folder}); this one is not loaded"));
            return false;
        }

        _modelsByName.Add(model.Name, model);
        _models.Add(model);
        logger.Debug("Loaded forecast model {Model} from plugin {Plugin} {Version}", model.Name, model.PluginName, model.AssemblyVersion);
        return true;
    }

    /// <summary>Records an error and logs it.</summary>
    /// <param name="error">The error.</param>
    public void AddError(PluginLoadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
        logger.Error("Plugin load error: {Error}", error.ToString());
    }

    /// <summary>The catalog.</summary>
    public PluginCatalog Build() => new(_plugins.ToList(), _components.ToList(), _errors.ToList(), _loaders.ToList(), _models.ToList());
}
