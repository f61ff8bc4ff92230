using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Generation;

/// <content>The physics of each channel type: what is in a channel before noise, steps, anomalies and gaps.</content>
/// <remarks>
/// <list type="table">
/// <listheader><term>type</term><description>signal</description></listheader>
/// <item><term>strain</term><description>baseline ±500 + earth tide (M2 10..40 nstrain) + drift (<see cref="Drift.Strain"/>) + atmospheric loading −0.5..−2 nstrain/hPa</description></item>
/// <item><term>tilt N/E</term><description>baseline ±5 + earth tide (M2 0.02..0.08 µrad) + drift (<see cref="Drift.Tilt"/>) ± 0.003 µrad/hPa loading</description></item>
/// <item><term>H, E, Z</term><description>main-field baseline + Sq (<see cref="DailyVariation"/>) + storms × station gain + baseline drift ±0.5 nT/day</description></item>
/// <item><term>air pressure</term><description>true pressure (<see cref="AirPressure"/>)</description></item>
/// <item><term>water level</term><description>water column 5..50 m + barometric response (<see cref="WellResponse"/>) + earth tide (M2 5..30 mm, opposite in phase to dilatation) + recharge (<see cref="Recharge"/>)</description></item>
/// <item><term>water temperature</term><description>12..25 °C + trend ±2 mK/day</description></item>
/// <item><term>radon</term><description>R0·(1 + 0.05·cos(2π(τ − 15 h)/24 h) − 0.004/hPa·(p − p0)) + trend ±0.2 %/day: a daily cycle peaking in the afternoon (local solar time τ) and degassing that falls as pressure rises</description></item>
/// </list>
/// <para>Drift and trends are multiplied by the spec's drift scale.</para>
/// </remarks>
internal static partial class ChannelSynthesizer
{
    private static readonly double[] s_noTide = [];

    private static ChannelTruth AddSignal(double[] values, NetworkContext context, StationModel model, SyntheticChannelType type, SeededRandom random)
    {
        var axis = context.Axis;
        double drift = context.Spec.DriftScale;
        double lon = model.Location.Longitude;
        var truth = new ChannelTruth(s_noTide, 0, 0, 0, 0, 0);
        switch (type)
        {
            case SyntheticChannelType.Strain:
            case SyntheticChannelType.TiltNorth:
            case SyntheticChannelType.TiltEast:
            {
                bool strain = type == SyntheticChannelType.Strain;
                double baseline = strain ? random.Uniform(-500, 500) : random.Uniform(-5, 5);
                var tide = EarthTide.Draw(random, strain ? random.Uniform(10, 40) : random.Uniform(0.02, 0.08), lon, model.TideLags, random.Uniform(0, 360));
                var trend = strain ? Drift.Strain(random, drift) : Drift.Tilt(random, drift);
                double loading = strain ? -random.Uniform(0.5, 2) : random.Uniform(-0.003, 0.003);
                values.AsSpan().Fill(baseline);
                tide.AddTo(values, axis);
                trend.AddTo(values, axis);
                AddPressure(values, context.TruePressure(model), AirPressure.StandardPressure(model.Location.ElevationMetres), loading);
                return truth with { TideAmplitudes = [.. tide.Amplitudes], PressureCoefficient = loading };
            }

            case SyntheticChannelType.MagneticH:
            case SyntheticChannelType.MagneticE:
            case SyntheticChannelType.MagneticZ:
            {
                var (baseline, range, gain, swing) = type switch
                {
                    SyntheticChannelType.MagneticH => (model.FieldBaseline.H, model.SqRange.H, model.StormGain.H, false),
                    SyntheticChannelType.MagneticE => (model.FieldBaseline.E, model.SqRange.E, model.StormGain.E, true),
                    _ => (model.FieldBaseline.Z, model.SqRange.Z, model.StormGain.Z, false),
                };
                double rate = random.Uniform(-0.5, 0.5);
                values.AsSpan().Fill(baseline);
                double[] factors = new double[context.SqNetworkFactors.Length];
                for (int d = 0; d < factors.Length; d++)
                {
                    factors[d] = context.SqNetworkFactors[d] * model.SqStationFactors[d];
                }

                DailyVariation.AddTo(values, axis, lon, range, swing, factors, model.SqShiftHours);
                double[] storm = context.StormSignal;
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] += gain * storm[i];
                }

                Drift.Linear(rate * drift).AddTo(values, axis);
                return truth with { DailyRange = range, StormGain = gain };
            }

            case SyntheticChannelType.AirPressure:
                context.TruePressure(model).CopyTo(values, 0);
                return truth with { PressureCoefficient = 1 };

            case SyntheticChannelType.WaterLevel:
            {
                var tide = EarthTide.Draw(random, random.Uniform(0.005, 0.03), lon, model.TideLags, 180 + random.Uniform(-20, 20));
                values.AsSpan().Fill(model.WaterColumn);
                double p0 = AirPressure.StandardPressure(model.Location.ElevationMetres);
                WellResponse.AddTo(values, context.TruePressure(model), p0, model.Barometric, axis.Step);
                tide.AddTo(values, axis);
                Recharge.AddTo(values, axis, SeededRandom.For(context.Spec.Seed, RandomStream.Recharge, model.Index), drift);
                double coefficient = -model.Barometric.Efficiency * BarometricResponse.MetresPerHectopascal;
                return truth with { TideAmplitudes = [.. tide.Amplitudes], PressureCoefficient = coefficient };
            }

            case SyntheticChannelType.WaterTemperature:
                values.AsSpan().Fill(model.WaterTemperature);
                Drift.Linear(drift * random.Uniform(-0.002, 0.002)).AddTo(values, axis);
                return truth;

            default:
            {
                double r0 = model.Radon;
                double p0 = AirPressure.StandardPressure(model.Location.ElevationMetres);
                values.AsSpan().Fill(r0);
                double[] cycle = new double[values.Length];
                double omega = 2 * Math.PI / 24.0;
                Sinusoid.AddCosine(cycle, 0.05 * r0, omega * axis.StepHours, omega * (axis.LocalHoursAtStart(lon) - 15));
                double[] pressure = context.TruePressure(model);
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] += cycle[i] - (0.004 * r0 * (pressure[i] - p0));
                }

                Drift.Linear(drift * r0 * random.Uniform(-0.002, 0.002)).AddTo(values, axis);
                return truth with { PressureCoefficient = -0.004 * r0 };
            }
        }
    }

    private static void AddPressure(Span<double> values, ReadOnlySpan<double> pressure, double reference, double coefficient)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] += coefficient * (pressure[i] - reference);
        }
    }

    private static void AddDisturbance(Span<double> noise, NetworkContext context, StationModel model, SyntheticChannelType type, double scale)
    {
        var (north, east) = context.Disturbance;
        var (source, gain) = type switch
        {
            SyntheticChannelType.MagneticH => (north, model.DisturbanceGain.H),
            SyntheticChannelType.MagneticE => (east, model.DisturbanceGain.E),
            _ => (north, model.DisturbanceGain.Z),
        };
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] += scale * gain * source[i];
        }
    }
}
