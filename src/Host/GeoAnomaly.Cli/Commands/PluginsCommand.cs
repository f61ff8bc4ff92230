using System.CommandLine;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly plugins</c>: lists loaded plugins, their components and every option with default and description.</summary>
internal sealed class PluginsCommand : CliCommand<PluginsCommand.Settings>
{
    private static readonly Option<string?> s_component = new("--component")
    {
        Description = "Show only the component with this name.",
    };

    public override Command Define() => new("plugins", "List loaded plugins, their components, options, defaults and documentation.") { s_component };

    protected override Settings Bind(ParseResult result) => new(result.GetValue(s_component));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var searchPath = PluginSearchPath.FromEnvironment(context.PluginFolders);
        using var catalog = PluginCatalog.Load(searchPath, context.Log);
        var guard = new PluginGuard(new PluginGuardOptions(), context.Log);
        var output = context.Out;
        await output.WriteLineAsync($"searched: {string.Join(", ", searchPath.Roots.Select(r => $"{r.Path} ({r.SourceName})"))}").ConfigureAwait(false);
        if (settings.Component is not null && !catalog.TryFind(settings.Component, out _))
        {
            throw new UsageException($"--component: no component named '{settings.Component}'; components are: {string.Join(", ", catalog.Components.Select(c => c.Name))}");
        }

        foreach (var plugin in catalog.Plugins)
        {
            var components = catalog.Components.Where(c => c.PluginName == plugin.Name && (settings.Component is null || c.Name == settings.Component)).ToList();
            if (components.Count == 0 && settings.Component is not null)
            {
                continue;
            }

            await output.WriteLineAsync($"plugin {plugin.Name} {plugin.AssemblyVersion} ({plugin.Folder})").ConfigureAwait(false);
            foreach (var component in components)
            {
                await WriteComponentAsync(output, guard, component, cancellationToken).ConfigureAwait(false);
            }
        }

        if (catalog.Components.Count == 0)
        {
            await output.WriteLineAsync("no components found").ConfigureAwait(false);
        }

        foreach (var error in catalog.Errors)
        {
            await context.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        return catalog.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.DataError;
    }

    private static async Task WriteComponentAsync(TextWriter output, PluginGuard guard, LoadedComponent component, CancellationToken cancellationToken)
    {
        string mode = component.Info.Mode == ProcessingMode.Causal ? "causal, streaming" : "retrospective";
        await output.WriteLineAsync($"  {component.Kind.Word()} {component.Name} ({mode}): {component.Info.Summary}").ConfigureAwait(false);
        var defaults = await guard.CreateDefaultOptionsAsync(component, cancellationToken).ConfigureAwait(false);
        if (!defaults.Succeeded)
        {
            await output.WriteLineAsync($"    options unavailable: {defaults.Fault}").ConfigureAwait(false);
            return;
        }

        foreach (var property in component.Info.OptionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.Name == "EqualityContract")
            {
                continue;
            }

            string name = OptionError.ConfigName(property.Name);
            string type = TypeName(property.PropertyType);
            string value = Format(property.GetValue(defaults.Value));
            string description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
            await output.WriteLineAsync($"    {name,-30} {type,-10} default {value,-12} {description}").ConfigureAwait(false);
        }
    }

    private static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return string.Join('|', Enum.GetNames(underlying));
        }

        return underlying.Name switch
        {
            "Int32" or "Int64" => "integer",
            "Double" or "Single" => "number",
            "Boolean" => "true|false",
            "String" => "text",
            "TimeSpan" => "duration",
            _ => underlying.Name,
        };
    }

    private static string Format(object? value) => value switch
    {
        null => "(none)",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e and not string => "[" + string.Join(", ", e.Cast<object>()) + "]",
        _ => value.ToString() ?? "",
    };

    internal sealed record Settings(string? Component) : ICommandSettings
    {
        public IEnumerable<string> Validate() => [];
    }
}
