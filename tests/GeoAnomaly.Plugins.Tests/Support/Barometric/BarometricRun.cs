using GeoAnomaly.Plugins.Barometric;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Barometric;

/// <summary>Runs the barometric component on a level and a pressure series and keeps the state for its last fit.</summary>
/// <param name="Output">Every output column.</param>
/// <param name="State">The state after the run (its <see cref="BarometricState.Fit"/> is the last fit).</param>
internal sealed record BarometricRun(ComponentOutput Output, BarometricState State)
{
    /// <summary>Starts a state with <paramref name="options"/> on channels in m and hPa (or the given units) and runs it.</summary>
    /// <param name="level">The level series.</param>
    /// <param name="pressure">The pressure series, same grid.</param>
    /// <param name="options">Options; defaults when null.</param>
    /// <param name="levelUnits">Units of the level channel.</param>
    /// <param name="pressureUnits">Units of the pressure channel.</param>
    public static BarometricRun Of(Series level, Series pressure, BarometricOptions? options = null, string levelUnits = "m", string pressureUnits = "hPa")
    {
        var start = StartFor(level.Step, levelUnits, pressureUnits);
        var state = (BarometricState)new BarometricCorrection().StartChecked(options, start);
        var output = state.RunBatch(level, [pressure]);
        return new BarometricRun(output, state);
    }

    /// <summary>A start on a fluid channel with one pressure companion.</summary>
    /// <param name="step">Sampling interval.</param>
    /// <param name="levelUnits">Units of the level channel.</param>
    /// <param name="pressureUnits">Units of the pressure channel.</param>
    /// <param name="context">Logging context; silent when null.</param>
    public static ComponentStart StartFor(TimeSpan step, string levelUnits = "m", string pressureUnits = "hPa", IPluginContext? context = null) =>
        new(new ChannelInfo(new ChannelId("XX", "WELL", "wl"), ChannelKind.Fluid, levelUnits), step, context ?? new SilentContext())
        {
            Companions = [new ChannelInfo(new ChannelId("XX", "WELL", "baro"), ChannelKind.Other, pressureUnits)],
        };

    /// <summary>The last finite value of output <paramref name="name"/>.</summary>
    /// <param name="name">An output name.</param>
    public double Last(string name)
    {
        var column = Output.Column(name);
        for (int i = column.Length - 1; i >= 0; i--)
        {
            if (double.IsFinite(column[i]))
            {
                return column[i];
            }
        }

        return double.NaN;
    }
}
