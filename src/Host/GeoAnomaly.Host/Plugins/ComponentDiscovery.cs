using System.Reflection;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>Finds component classes among a plugin's types and instantiates them, one error per faulty class.</summary>
/// <remarks>A component class is a non-abstract, non-generic class implementing <see cref="IDetector"/> or
/// <see cref="IPreprocessor"/> (not both) with a parameterless constructor, which may be non-public: plugin components are
/// <c>internal sealed</c>. Constructors are not bounded in time; components should do their work in <c>Start</c>.</remarks>
internal static class ComponentDiscovery
{
    /// <summary>The classes among <paramref name="types"/> that claim to be components.</summary>
    /// <param name="types">A plugin's types.</param>
    public static IEnumerable<Type> Candidates(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(IComponent).IsAssignableFrom(t)
            && (typeof(IDetector).IsAssignableFrom(t) || typeof(IPreprocessor).IsAssignableFrom(t)));

    /// <summary>Instantiates every component class of <paramref name="plugin"/> and adds it to <paramref name="builder"/>.</summary>
    /// <param name="plugin">The plugin the types come from.</param>
    /// <param name="types">Its types.</param>
    /// <param name="builder">Receives components and errors.</param>
    /// <returns>How many components were added.</returns>
    public static int Discover(LoadedPlugin plugin, IEnumerable<Type> types, PluginCatalogBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(builder);
        int added = 0;
        foreach (var type in Candidates(types).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var component = Create(plugin, type, builder);
            if (component is not null && builder.AddComponent(component))
            {
                added++;
            }
        }

        return added;
    }

    private static LoadedComponent? Create(LoadedPlugin plugin, Type type, PluginCatalogBuilder builder)
    {
        string typeName = type.FullName ?? type.Name;
        bool detector = typeof(IDetector).IsAssignableFrom(type);
        if (detector && typeof(IPreprocessor).IsAssignableFrom(type))
        {
            builder.AddError(new PluginLoadError(plugin.Name, typeName, "a component must be a detector or a preprocessor, not both"));
            return null;
        }

        var constructor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        if (constructor is null)
        {
            builder.AddError(new PluginLoadError(plugin.Name, typeName, "has no parameterless constructor"));
            return null;
        }

        IComponent instance;
        try
        {
            instance = (IComponent)constructor.Invoke(null);
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
            info = instance.Info ?? throw new InvalidOperationException("Info is null");
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

        var kind = detector ? ComponentKind.Detector : ComponentKind.Preprocessor;
        return new LoadedComponent(plugin.Name, plugin.AssemblyVersion, plugin.Folder, instance, kind, info);
    }
}
