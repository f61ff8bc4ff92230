namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>The weighted cross-entropy of a <see cref="FeedForwardNetwork"/> on standardised rows, with an L2 penalty
/// on the weights (not the biases), and its gradient by back-propagation.</summary>
/// <remarks>L(θ) = Σᵢ vᵢ·[log(1 + e^(sᵢ)) − yᵢ·sᵢ] / Σᵢ vᵢ + (λ/2)·‖W‖², sᵢ the output logit of row i; rows are summed in
/// order, so the value is deterministic.</remarks>
internal sealed class NetworkLoss
{
    private readonly FeedForwardNetwork _network;
    private readonly double[] _inputs;
    private readonly bool[] _labels;
    private readonly double[] _weights;
    private readonly double _l2;
    private readonly double[][] _activations;
    private readonly double[][] _deltas;

    /// <summary>Creates the loss over standardised rows.</summary>
    /// <param name="network">The network shape.</param>
    /// <param name="inputs">Standardised features, row-major.</param>
    /// <param name="labels">Labels, one per row.</param>
    /// <param name="weights">Row weights, one per row; normalised here to sum 1.</param>
    /// <param name="l2">The L2 penalty λ.</param>
    public NetworkLoss(FeedForwardNetwork network, double[] inputs, bool[] labels, IReadOnlyList<double> weights, double l2)
    {
        _network = network;
        _inputs = inputs;
        _labels = labels;
        double total = weights.Sum();
        _weights = weights.Select(w => w / total).ToArray();
        _l2 = l2;
        _activations = network.Buffers();
        _deltas = network.Buffers();
    }

    /// <summary>The loss at <paramref name="parameters"/>, and its gradient written to <paramref name="gradient"/>.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="gradient">Receives the gradient; as long as the parameters.</param>
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        gradient.Clear();
        int[] sizes = _network.Sizes;
        int last = sizes.Length - 1;
        int width = sizes[0];
        double loss = 0;
        for (int i = 0; i < _labels.Length; i++)
        {
            if (_weights[i] == 0)
            {
                continue;
            }

            _network.Forward(parameters, _inputs.AsSpan(i * width, width), _activations);
            double logit = _activations[last][0];
            double y = _labels[i] ? 1 : 0;
            loss += _weights[i] * (Softplus(logit) - (y * logit));
            _deltas[last][0] = _weights[i] * (Sigmoid(logit) - y);
            for (int l = last; l >= 1; l--)
            {
                double[] below = _activations[l - 1];
                double[] delta = _deltas[l];
                double[]? deltaBelow = l > 1 ? _deltas[l - 1] : null;
                if (deltaBelow is not null)
                {
                    Array.Clear(deltaBelow);
                }

                for (int j = 0; j < sizes[l]; j++)
                {
                    double d = delta[j];
                    gradient[_network.BiasIndex(l, j)] += d;
                    int w = _network.WeightIndex(l, j, 0);
                    for (int k = 0; k < sizes[l - 1]; k++)
                    {
                        gradient[w + k] += d * below[k];
                        if (deltaBelow is not null)
                        {
                            deltaBelow[k] += d * parameters[w + k];
                        }
                    }
                }

                if (deltaBelow is not null)
                {
                    for (int k = 0; k < deltaBelow.Length; k++)
                    {
                        deltaBelow[k] *= _network.Activation.DerivativeFromOutput(below[k]);
                    }
                }
            }
        }

        for (int p = 0; p < parameters.Length; p++)
        {
            if (_network.IsWeight(p))
            {
                loss += 0.5 * _l2 * parameters[p] * parameters[p];
                gradient[p] += _l2 * parameters[p];
            }
        }

        return loss;
    }

    /// <summary>log(1 + eˣ) without overflow.</summary>
    /// <param name="x">The logit.</param>
    public static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

    /// <summary>1 / (1 + e⁻ˣ) without overflow.</summary>
    /// <param name="x">The logit.</param>
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
}
