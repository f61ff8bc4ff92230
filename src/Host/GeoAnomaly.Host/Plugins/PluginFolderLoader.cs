using System.Reflection;
using GeoAnomaly.Sdk;
using McMaster.NETCore.Plugins;
using Serilog;

namespace GeoAnomaly.Host.Plugins;

/// <summary>Loads the plugin subfolders of one search root, each <c>&lt;Name&gt;/&lt;Name&gt;.dll</c> in its own load context.</summary>
internal static class PluginFolderLoader
{
    /// <summary>
    /// The only types shared between the host and plugins. Sharing a type shares its whole assembly, so this unifies
    /// the SDK and nothing else: every other dependency resolves from the plugin's own folder first.
    /// </summary>
    private static readonly Type[] s_sharedTypes =
    [
        typeof(IComponent),
        typeof(IDetector),
        typeof(IPreprocessor),
        typeof(IComponentState),
        typeof(IComponentOptions),
        typeof(IPluginContext),
        typeof(ComponentInfo),
        typeof(ChannelInfo),
        typeof(Series),
        typeof(IForecastModel),
        typeof(IForecastPredictor),
        typeof(ForecastRows),
        typeof(ForecastTrainingSet),
    ];

    /// <summary>Loads every plugin subfolder of <paramref name="root"/> into <paramref name="builder"/>.</summary>
    /// <param name="root">The folder to search.</param>
    /// <param name="builder">Receives plugins, components and errors.</param>
    /// <param name="logger">Receives progress.</param>
    public static void LoadRoot(PluginSearchRoot root, PluginCatalogBuilder builder, ILogger logger)
    {
        if (!Directory.Exists(root.Path))
        {
            if (root.Source == PluginFolderSource.Default)
            {
                logger.Debug("Default plugin folder {Folder} does not exist; skipped", root.Path);
            }
            else
            {
                builder.AddError(new PluginLoadError(root.Path, null, $"plugin folder '{root.Path}' (from {root.SourceName}) does not exist"));
            }

            return;
        }

        logger.Debug("Searching {Folder} ({Source}) for plugins", root.Path, root.SourceName);
        foreach (string folder in Directory.GetDirectories(root.Path).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(folder);
            if (builder.Claim(name, folder))
            {
                LoadFolder(name, folder, builder, logger);
            }
        }
    }

    /// <summary>Loads one plugin folder; every fault becomes an error in <paramref name="builder"/>.</summary>
    /// <param name="name">The folder's name, which must also be its assembly's name.</param>
    /// <param name="folder">Full path of the folder.</param>
    /// <param name="builder">Receives the plugin, its components and errors.</param>
    /// <param name="logger">Receives progress.</param>
    public static void LoadFolder(string name, string folder, PluginCatalogBuilder builder, ILogger logger)
    {
        string dll = Path.Combine(folder, name + ".dll");
        if (!File.Exists(dll))
        {
            builder.AddError(new PluginLoadError(name, null, $"plugin folder '{folder}' has no {name}.dll (a plugin folder <Name>/ must hold <Name>.dll)"));
            return;
        }

        PluginLoader loader;
        Assembly assembly;
        try
        {
            loader = PluginLoader.CreateFromAssemblyFile(dll, s_sharedTypes, config => config.PreferSharedTypes = false);
        }
        catch (Exception e)
        {
            builder.AddError(new PluginLoadError(name, null, $"cannot create a load context for '{dll}': {e.Message}"));
            return;
        }

        try
        {
            assembly = loader.LoadDefaultAssembly();
        }
        catch (Exception e)
        {
            loader.Dispose();
            builder.AddError(new PluginLoadError(name, null, $"cannot load '{dll}': {e.GetType().Name}: {e.Message}"));
            return;
        }

        var version = assembly.GetName().Version ?? new Version(0, 0);
        builder.AddPlugin(new LoadedPlugin(name, version, folder), loader);
        var types = LoadableTypes(assembly, name, builder);
        int added = ComponentDiscovery.Discover(new LoadedPlugin(name, version, folder), types, builder);
        int candidates = ComponentDiscovery.Candidates(types).Count();
        if (candidates == 0 && builder.Errors.All(e => e.Plugin != name))
        {
            builder.AddError(new PluginLoadError(name, null, $"'{dll}' holds no non-abstract {nameof(IDetector)}, {nameof(IPreprocessor)} or {nameof(IForecastModel)} class"));
        }

        logger.Information("Loaded plugin {Plugin} {Version} from {Folder}: {Count} component(s) and forecast model(s)", name, version, folder, added);
    }

    private static Type[] LoadableTypes(Assembly assembly, string plugin, PluginCatalogBuilder builder)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Some types need an assembly that is missing or of the wrong version; the others may still work.
            foreach (string message in e.LoaderExceptions.Where(x => x is not null).Select(x => x!.Message).Distinct(StringComparer.Ordinal))
            {
                builder.AddError(new PluginLoadError(plugin, null, $"some types could not be loaded: {message}"));
            }

            return e.Types.Where(t => t is not null).Select(t => t!).ToArray();
        }
    }
}
