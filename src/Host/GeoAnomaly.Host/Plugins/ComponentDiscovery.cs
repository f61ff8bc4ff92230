using System.Reflection;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>Finds component and forecast-model classes among a plugin's types and instantiates them, one error per faulty class.</summary>
/// <remarks>A component class is a non-abstract, non-generic class implementing <see cref="IDetector"/> or
/// <see cref="IPreprocessor"/> (not both), or <see cref="IForecastModel"/> (and neither of the others), with a
/// parameterless constructor, which may be non-public: plugin components are <c>internal sealed</c>. Constructors are not
/// bounded in time; components should do their work in <c>Start</c> or <c>Train</c>.</remarks>
internal static class ComponentDiscovery
{
    /// <summary>The classes among <paramref name="types"/> that claim to be components.</summary>
    /// <param name="types">A plugin's types.</param>
    public static IEnumerable<Type> Candidates(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters
            && ((typeof(IComponent).IsAssignableFrom(t) && (typeof(IDetector).IsAssignableFrom(t) || typeof(IPreprocessor).IsAssignableFrom(t)))
                || typeof(IForecastModel).IsAssignableFrom(t)));

    /// <summary>Instantiates every component and forecast-model class of <paramref name="plugin"/> and adds it to <paramref name="builder"/>.</summary>
    /// <param name="plugin">The plugin the types come from.</param>
    /// <param name="types">Its types.</param>
    /// <param name="builder">Receives components, forecast models and errors.</param>
    /// <returns>How many components and forecast models were added.</returns>
    public static int Discover(LoadedPlugin plugin, IEnumerable<Type> types, PluginCatalogBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(builder);
        int added = 0;
        foreach (var type in Candidates(types).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            bool ok = Create(plugin, type, builder) switch
            {
                LoadedComponent component => builder.AddComponent(component),
                LoadedForecastModel model => builder.AddForecastModel(model),
                _ => false,
            };
            added += ok ? 1 : 0;
        }

        return added;
    }

    private static object? Create(LoadedPlugin plugin, Type type, PluginCatalogBuilder builder)
    {
        string typeName = type.FullName ?? type.Name;
        bool detector = typeof(IDetector).IsAssignableFrom(type);
        bool forecast = typeof(IForecastModel).IsAssignableFrom(type);
        if (detector && typeof(IPreprocessor).IsAssignableFrom(type))
        {
            builder.AddError(new PluginLoadError(plugin.Name, typeName, "a component must be a detector or a preprocessor, not both"));
            return null;
        }

        if (forecast && typeof(IComponent).IsAssignableFrom(type))
        {
            builder.AddError(new PluginLoadError(plugin.Name, typeName, "a forecast model must not also be a detector or a preprocessor"));
            return null;
        }

        var constructor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        if (constructor is null)
        {
            builder.AddError(new PluginLoadError(plugin.Name, typeName, "has no parameterless constructor"));
            return null;
        }

        object instance;
        try
        {
            instance = constructor.Invoke(null);
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            builder.AddError(new PluginLoadError(plugin.Name, typeName, $"constructor threw {cause.GetType().Name}: {cause.Message}"));
            return null;
        }

        ComponentInfo info;
        try
        {
            info = (instance is IForecastModel model ? model.Info : ((IComponent)instance).Info) ?? throw new InvalidOperationException("Info is null");
            if (string.IsNullOrWhiteSpace(info.Name))
            {
                throw new InvalidOperationException("the component has no name");
            }
        }
        catch (Exception e)
        {
            builder.AddError(new PluginLoadError(plugin.Name, typeName, $"cannot describe itself: {e.GetType().Name}: {e.Message}"));
            return null;
        }

        if (instance is IForecastModel forecastModel)
        {
            return new LoadedForecastModel(plugin.Name, plugin.AssemblyVersion, plugin.Folder, forecastModel, info);
        }

        var kind = detector ? ComponentKind.Detector : ComponentKind.Preprocessor;
        return new LoadedComponent(plugin.Name, plugin.AssemblyVersion, plugin.Folder, (IComponent)instance, kind, info);
    }
}
