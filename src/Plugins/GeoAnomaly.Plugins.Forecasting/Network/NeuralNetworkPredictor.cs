using System.Text;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>A trained <c>neural-network</c>: the standardiser, the shape and the parameters; scores are σ(logit).</summary>
/// <param name="component">The component name.</param>
/// <param name="features">The feature names, in order.</param>
/// <param name="standardizer">Mean and sd of each feature over the training rows.</param>
/// <param name="network">The network shape.</param>
/// <param name="parameters">The fitted parameters.</param>
internal sealed class NeuralNetworkPredictor(
    string component,
    IReadOnlyList<string> features,
    Standardizer standardizer,
    FeedForwardNetwork network,
    double[] parameters) : IForecastPredictor
{
    /// <summary>Format version of the saved network: 1 = sizes, activation, means, deviations, parameters as doubles.</summary>
    public const int FormatVersion = 1;

    public IReadOnlyList<string> Features { get; } = features;

    /// <summary>The fitted parameters (for tests).</summary>
    internal IReadOnlyList<double> Parameters => parameters;

    public void Predict(ForecastRows rows, Span<double> scores)
    {
        TrainingChecks.CheckPredictionRows(component, Features, rows, scores);
        double[] inputs = standardizer.Apply(rows.Values);
        var buffers = network.Buffers();
        int width = rows.FeatureCount;
        for (int i = 0; i < rows.Count; i++)
        {
            network.Forward(parameters, inputs.AsSpan(i * width, width), buffers);
            scores[i] = NetworkLoss.Sigmoid(buffers[^1][0]);
        }
    }

    public void Save(Stream stream)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(network.Sizes.Length);
            foreach (int size in network.Sizes)
            {
                writer.Write(size);
            }

            writer.Write((int)network.Activation);
            WriteAll(writer, standardizer.Means);
            WriteAll(writer, standardizer.Deviations);
            WriteAll(writer, parameters);
        }

        PredictorHeader.Write(stream, component, FormatVersion, Features, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    /// <summary>Reads a predictor written by <see cref="Save"/>.</summary>
    /// <param name="stream">The saved bytes.</param>
    /// <param name="component">The component expected.</param>
    /// <exception cref="InvalidDataException">Not a network of this component and version, or inconsistent.</exception>
    public static NeuralNetworkPredictor Load(Stream stream, string component)
    {
        var (features, payload) = PredictorHeader.Read(stream, component, FormatVersion);
        using var reader = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
        try
        {
            int layers = reader.ReadInt32();
            if (layers is < 3 or > 4)
            {
                throw new InvalidDataException($"{component}: the saved network has {layers} layers (expected 3 or 4)");
            }

            int[] sizes = new int[layers];
            for (int l = 0; l < layers; l++)
            {
                sizes[l] = reader.ReadInt32();
            }

            var activation = (Activation)reader.ReadInt32();
            if (!Enum.IsDefined(activation) || sizes[0] != features.Length || sizes[^1] != 1 || sizes.Any(s => s is < 1 or > 100_000))
            {
                throw new InvalidDataException($"{component}: the saved network's shape [{string.Join(", ", sizes)}] or activation {(int)activation} does not fit its {features.Length} features");
            }

            var network = new FeedForwardNetwork(sizes, activation);
            double[] means = ReadAll(reader, features.Length, component);
            double[] deviations = ReadAll(reader, features.Length, component);
            double[] parameters = ReadAll(reader, network.ParameterCount, component);
            return new NeuralNetworkPredictor(component, features, new Standardizer(means, deviations), network, parameters);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{component}: the saved network is cut short", e);
        }
    }

    private static void WriteAll(BinaryWriter writer, double[] values)
    {
        writer.Write(values.Length);
        foreach (double value in values)
        {
            writer.Write(value);
        }
    }

    private static double[] ReadAll(BinaryReader reader, int expected, string component)
    {
        int count = reader.ReadInt32();
        if (count != expected)
        {
            throw new InvalidDataException($"{component}: the saved network has {count} values where its shape needs {expected}");
        }

        double[] values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = reader.ReadDouble();
        }

        return values;
    }
}
