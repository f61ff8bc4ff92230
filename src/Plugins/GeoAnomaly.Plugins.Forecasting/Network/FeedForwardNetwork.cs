namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>A fully connected network with one or two hidden layers and one logistic output unit, its parameters in
/// one flat vector.</summary>
/// <remarks>Parameter layout, layer by layer from the input: the weight matrix W (outputs × inputs, row-major), then
/// the bias vector b. Unit j of layer l computes f(Σₖ W[j, k]·a[k] + b[j]); the output unit is linear (its logit) and
/// the probability is σ(logit).</remarks>
internal sealed class FeedForwardNetwork
{
    /// <summary>Creates a network shape.</summary>
    /// <param name="sizes">Units per layer: inputs, one or two hidden layers, then 1.</param>
    /// <param name="activation">Hidden-unit activation.</param>
    public FeedForwardNetwork(IReadOnlyList<int> sizes, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count < 3 || sizes[^1] != 1 || sizes.Any(s => s < 1))
        {
            throw new ArgumentException($"layer sizes must be inputs, hidden layers and 1, got [{string.Join(", ", sizes)}]", nameof(sizes));
        }

        Sizes = sizes.ToArray();
        Activation = activation;
        Offsets = new int[Sizes.Length];
        int offset = 0;
        for (int l = 1; l < Sizes.Length; l++)
        {
            Offsets[l] = offset;
            offset += Sizes[l] * (Sizes[l - 1] + 1);
        }

        ParameterCount = offset;
    }

    /// <summary>Units per layer, inputs first, the output (1) last.</summary>
    public int[] Sizes { get; }

    /// <summary>Hidden-unit activation.</summary>
    public Activation Activation { get; }

    /// <summary>Total number of weights and biases.</summary>
    public int ParameterCount { get; }

    /// <summary>Where layer l's weights start in the parameter vector (index 0 unused).</summary>
    private int[] Offsets { get; }

    /// <summary>Where the weight W[j, k] of layer <paramref name="layer"/> is.</summary>
    /// <param name="layer">Layer, 1 to the output.</param>
    /// <param name="j">Output unit.</param>
    /// <param name="k">Input unit.</param>
    public int WeightIndex(int layer, int j, int k) => Offsets[layer] + (j * Sizes[layer - 1]) + k;

    /// <summary>Where the bias b[j] of layer <paramref name="layer"/> is.</summary>
    /// <param name="layer">Layer, 1 to the output.</param>
    /// <param name="j">Output unit.</param>
    public int BiasIndex(int layer, int j) => Offsets[layer] + (Sizes[layer] * Sizes[layer - 1]) + j;

    /// <summary>Whether parameter <paramref name="index"/> is a weight (penalised by L2) rather than a bias.</summary>
    /// <param name="index">Parameter index.</param>
    public bool IsWeight(int index)
    {
        for (int l = Sizes.Length - 1; l >= 1; l--)
        {
            if (index >= Offsets[l])
            {
                return index < Offsets[l] + (Sizes[l] * Sizes[l - 1]);
            }
        }

        return false;
    }

    /// <summary>Glorot-uniform initial weights (U(±√(6 / (in + out)))) and zero biases, from a seeded generator.</summary>
    /// <param name="seed">The seed.</param>
    public double[] Initial(int seed)
    {
        var random = new GeoAnomaly.Sdk.Xoshiro256StarStar((ulong)(uint)seed);
        double[] parameters = new double[ParameterCount];
        for (int l = 1; l < Sizes.Length; l++)
        {
            double limit = Math.Sqrt(6.0 / (Sizes[l - 1] + Sizes[l]));
            for (int j = 0; j < Sizes[l]; j++)
            {
                for (int k = 0; k < Sizes[l - 1]; k++)
                {
                    parameters[WeightIndex(l, j, k)] = limit * ((2 * random.NextDouble()) - 1);
                }
            }
        }

        return parameters;
    }

    /// <summary>Runs one row forward, filling the activations of every layer.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="input">The (standardised) features.</param>
    /// <param name="activations">One array per layer, sized as <see cref="Sizes"/>; layer 0 receives the input, the last the logit.</param>
    public void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> input, double[][] activations)
    {
        ArgumentNullException.ThrowIfNull(activations);
        input.CopyTo(activations[0]);
        int last = Sizes.Length - 1;
        for (int l = 1; l <= last; l++)
        {
            double[] previous = activations[l - 1];
            double[] current = activations[l];
            for (int j = 0; j < Sizes[l]; j++)
            {
                double z = parameters[BiasIndex(l, j)];
                var row = parameters.Slice(WeightIndex(l, j, 0), Sizes[l - 1]);
                for (int k = 0; k < row.Length; k++)
                {
                    z += row[k] * previous[k];
                }

                current[j] = l == last ? z : Activation.Apply(z);
            }
        }
    }

    /// <summary>New activation buffers for <see cref="Forward"/>.</summary>
    public double[][] Buffers() => Sizes.Select(s => new double[s]).ToArray();
}
