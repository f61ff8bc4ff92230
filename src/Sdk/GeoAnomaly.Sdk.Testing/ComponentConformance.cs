using System.ComponentModel;
using System.Reflection;

namespace GeoAnomaly.Sdk.Testing;

/// <summary>
/// The conformance suite every component must pass, independent of any test framework: each check throws
/// <see cref="ConformanceFailedException"/> on failure. Run it from any test with
/// <c>DetectorConformance.RunAll(() =&gt; new MyDetector())</c>.
/// </summary>
/// <remarks>
/// Checks: options documented and defaults valid; invalid options named; NaN gaps; constant series; series shorter
/// than the warm-up (down to empty); a huge series (10 million samples by default); determinism with a seed;
/// streaming equals batch (any chunking, and a state resumed <see cref="IComponentState.WarmUp"/> samples early) for
/// causal components; <see cref="IComponentState.Reset"/> restarts.
/// </remarks>
public static partial class ComponentConformance
{
    /// <summary>Runs every check.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">How to exercise it; defaults when null.</param>
    public static void RunAll(Func<IComponent> factory, ConformanceSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        settings ??= new ConformanceSettings();
        OptionsAreDocumented(factory);
        InvalidOptionsNameTheOption(factory, settings);
        HandlesGaps(factory, settings);
        HandlesConstantSeries(factory, settings);
        HandlesShortSeries(factory, settings);
        IsDeterministic(factory, settings);
        StreamingEqualsBatch(factory, settings);
        ResetRestarts(factory, settings);
        HandlesHugeSeries(factory, settings);
    }

    /// <summary>Defaults are valid, every option property has a description, and the info is complete.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    public static void OptionsAreDocumented(Func<IComponent> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var component = factory();
        var info = component.Info;
        string name = string.IsNullOrWhiteSpace(info.Name) ? component.GetType().Name : info.Name;
        Check(!string.IsNullOrWhiteSpace(info.Name), name, nameof(OptionsAreDocumented), "the component has no name");
        Check(!string.IsNullOrWhiteSpace(info.Summary), name, nameof(OptionsAreDocumented), "the component has no summary");
        object defaults = component.CreateDefaultOptions();
        Check(info.OptionsType.IsInstanceOfType(defaults), name, nameof(OptionsAreDocumented),
            $"default options are {defaults.GetType().Name}, not {info.OptionsType.Name}");
        var errors = component.Validate(defaults);
        Check(errors.Count == 0, name, nameof(OptionsAreDocumented), $"default options are invalid: {string.Join("; ", errors)}");
        foreach (var property in info.OptionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.Name == "EqualityContract")
            {
                continue;
            }

            var description = property.GetCustomAttribute<DescriptionAttribute>();
            Check(!string.IsNullOrWhiteSpace(description?.Description), name, nameof(OptionsAreDocumented),
                $"option {OptionError.ConfigName(property.Name)} has no [Description]");
        }
    }

    /// <summary>Each invalid option set is reported under the expected option name, by Validate and by Start.</summary>
    /// <param name="factory">Creates a fresh component.</param>
    /// <param name="settings">Holds the invalid option sets.</param>
    public static void InvalidOptionsNameTheOption(Func<IComponent> factory, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (options, option) in settings.InvalidOptions)
        {
            var component = factory();
            string name = component.Info.Name;
            var errors = component.Validate(options);
            Check(errors.Any(e => e.Option == option), name, nameof(InvalidOptionsNameTheOption),
                $"invalid {option} was not reported by name; Validate returned [{string.Join("; ", errors)}]");
            try
            {
                component.Start(options, StartFor(settings));
                throw new ConformanceFailedException(name, nameof(InvalidOptionsNameTheOption), $"Start accepted invalid {option}");
            }
            catch (OptionsException e)
            {
                Check(e.Errors.Any(x => x.Option == option), name, nameof(InvalidOptionsNameTheOption),
                    $"Start rejected the options but did not name {option}: {e.Message}");
            }
        }
    }

    internal static ComponentStart StartFor(ConformanceSettings settings)
    {
        var channel = new ChannelInfo(new ChannelId("XX", "CONF", "CH"), ChannelKind.Other);
        var companions = Enumerable.Range(0, settings.CompanionCount)
            .Select(k => new ChannelInfo(new ChannelId("XX", "CONF", $"C{k}"), ChannelKind.Other))
            .ToList();
        return new ComponentStart(channel, settings.Step, new SilentContext(settings.Seed)) { Companions = companions };
    }

    private static void Check(bool condition, string component, string check, string message)
    {
        if (!condition)
        {
            throw new ConformanceFailedException(component, check, message);
        }
    }
}
