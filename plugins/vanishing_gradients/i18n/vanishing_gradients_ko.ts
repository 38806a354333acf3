<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>PageSpec</name>
    <message>
        <source>Vanishing gradients</source>
        <translation>경사 소멸</translation>
    </message>
    <message>
        <source>Watch signals and gradients fade or survive, layer by layer, in a deep net as it trains</source>
        <translation>깊은 신경망이 학습하는 동안 신호와 경사도가 층마다 사라지는지 살아남는지 지켜봅니다</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>포화</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Skip connections</source>
        <translation>스킵 연결</translation>
    </message>
    <message>
        <source>Gradients through time</source>
        <translation>시간을 거스르는 경사도</translation>
    </message>
</context>
<context>
    <name>VanishingGradients</name>
    <message>
        <source>max slope ¼ at x = 0</source>
        <translation>x = 0에서 최대 기울기 ¼</translation>
    </message>
    <message>
        <source>max slope 1 at x = 0</source>
        <translation>x = 0에서 최대 기울기 1</translation>
    </message>
    <message>
        <source>slope 1 for every x &gt; 0</source>
        <translation>x &gt; 0이면 언제나 기울기 1</translation>
    </message>
    <message>
        <source>slope 1 for x &gt; 0, 0.01 below</source>
        <translation>x &gt; 0에서 기울기 1, 그 아래는 0.01</translation>
    </message>
    <message>
        <source>slope 1 for x &gt; 0</source>
        <translation>x &gt; 0에서 기울기 1</translation>
    </message>
    <message>
        <source>The derivative of the sigmoid never exceeds ¼. Going back through one sigmoid layer multiplies the gradient by at most ¼ (times the weights), so twenty layers can shrink it by 4²⁰ ≈ 10¹². Outside about ±3.6 (red) the slope is below a tenth of its maximum: a saturated unit passes almost nothing.</source>
        <translation>시그모이드의 도함수는 ¼을 넘지 않습니다. 시그모이드 층 하나를 거슬러 갈 때마다 경사도에 많아야 ¼(과 가중치)이 곱해지므로, 스무 층이면 4²⁰ ≈ 10¹²배까지 줄어들 수 있습니다. 약 ±3.6 바깥(빨간색)에서는 기울기가 최댓값의 10분의 1보다 작습니다. 포화된 유닛은 경사도를 거의 전달하지 못합니다.</translation>
    </message>
    <message>
        <source>tanh is a sigmoid stretched to −1…1: its slope reaches 1 at zero, four times the sigmoid&apos;s, and its outputs are centred on zero. It still saturates beyond about ±1.8 (red).</source>
        <translation>tanh는 −1…1로 늘인 시그모이드입니다. 0에서 기울기가 시그모이드의 네 배인 1이고, 출력의 중심이 0입니다. 그래도 약 ±1.8 바깥(빨간색)에서는 포화됩니다.</translation>
    </message>
    <message>
        <source>ReLU passes the gradient unchanged (slope 1) wherever the input is positive, so it never saturates on that side. Where the input is negative (grey, not a saturation) the slope is 0 for this input only; a unit that stays there for every example is &apos;dead&apos; and stops learning.</source>
        <translation>ReLU는 입력이 양수인 곳에서 경사도를 그대로(기울기 1) 전달하므로 그쪽에서는 포화되지 않습니다. 입력이 음수인 곳(회색, 포화가 아님)에서는 그 입력에 한해 기울기가 0입니다. 모든 예제에서 그쪽에 머무는 유닛은 &apos;죽은&apos; 유닛이 되어 더 이상 학습하지 않습니다.</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small slope (0.01) for negative inputs, so no unit is ever completely dead; the grey side still passes only 1% of the gradient.</source>
        <translation>Leaky ReLU는 음수 입력에도 작은 기울기(0.01)를 남겨 두므로 완전히 죽는 유닛이 없습니다. 다만 회색 쪽은 경사도의 1%만 전달합니다.</translation>
    </message>
    <message>
        <source>ELU is ReLU for positive inputs and bends smoothly to −1 below zero; its outputs average nearer zero and its slope fades only slowly (below −2.3, red, it is under a tenth: ELU saturates there).</source>
        <translation>ELU는 양수 입력에서는 ReLU와 같고 0 아래에서는 −1로 부드럽게 휘어집니다. 출력의 평균이 0에 더 가깝고 기울기가 천천히 줄어듭니다(−2.3 아래, 빨간색에서는 10분의 1 미만으로, ELU가 포화되는 곳입니다).</translation>
    </message>
    <message>
        <source>input x (the layer&apos;s weighted sum)</source>
        <translation>입력 x (층의 가중합)</translation>
    </message>
    <message>
        <source>f(x), the activation</source>
        <translation>f(x), 활성함수</translation>
    </message>
    <message>
        <source>f′(x), its slope</source>
        <translation>f′(x), 그 기울기</translation>
    </message>
    <message>
        <source>red: saturated, slope below a tenth of its maximum</source>
        <translation>빨간색: 포화, 기울기가 최댓값의 10분의 1 미만</translation>
    </message>
    <message>
        <source>grey: the switched-off side (slope 0 or 0.01), not a saturation</source>
        <translation>회색: 꺼진 쪽(기울기 0 또는 0.01), 포화가 아님</translation>
    </message>
    <message>
        <source>{activation} and its derivative</source>
        <translation>{activation}와 그 도함수</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>N(0, 1)</source>
        <translation>N(0, 1)</translation>
    </message>
    <message>
        <source>N(0, 0.01)</source>
        <translation>N(0, 0.01)</translation>
    </message>
    <message>
        <source>Standard U(±1/√n)</source>
        <translation>표준 U(±1/√n)</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규분포</translation>
    </message>
    <message>
        <source>Xavier (Glorot) normal</source>
        <translation>Xavier(Glorot) 정규분포</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier(Glorot) 균등분포</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He(Kaiming) 정규분포</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>All equal (0.05)</source>
        <translation>모두 같게 (0.05)</translation>
    </message>
    <message>
        <source>std</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Xavier unif.</source>
        <translation>Xavier 균등</translation>
    </message>
    <message>
        <source>orth.</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>같은 값</translation>
    </message>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>스킵</translation>
    </message>
    <message>
        <source>The {what} must be a whole number, not {value}.</source>
        <translation>{what}는 자연수여야 합니다. {value}는 안 됩니다.</translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {high}; {value} is out of range.</source>
        <translation>{what}는 {low}에서 {high} 사이여야 합니다. {value}는 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>The {what} must be a whole number; “{value}” is not a number.</source>
        <translation>{what}는 자연수여야 합니다. “{value}”는 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The {what} must be a whole number; the box is empty.</source>
        <translation>{what}는 자연수여야 합니다. 칸이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Unknown activation {value}; choose one of {choices}.</source>
        <translation>알 수 없는 활성함수 {value}입니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <source>Unknown initialisation {value}; choose one of {choices}.</source>
        <translation>알 수 없는 초기화 {value}입니다. {choices} 중에서 고르세요.</translation>
    </message>
    <message>
        <source>depth (hidden layers)</source>
        <translation>깊이(은닉층 수)</translation>
    </message>
    <message>
        <source>width (units per layer)</source>
        <translation>너비(층당 유닛 수)</translation>
    </message>
    <message>
        <source>random inputs, N(0, 1)</source>
        <translation>무작위 입력, N(0, 1)</translation>
    </message>
    <message>
        <source>digits from the training set</source>
        <translation>훈련 집합의 숫자 이미지</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Spread of each layer</source>
        <translation>층마다의 퍼짐</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>standard deviation (log scale)</source>
        <translation>표준편차 (로그 눈금)</translation>
    </message>
    <message>
        <source>standard deviation of the layer&apos;s outputs</source>
        <translation>층 출력의 표준편차</translation>
    </message>
    <message>
        <source>Units that pass almost no gradient</source>
        <translation>경사도를 거의 전달하지 못하는 유닛</translation>
    </message>
    <message>
        <source>share of units (%)</source>
        <translation>유닛 비율 (%)</translation>
    </message>
    <message>
        <source>Saturated: the slope of a sigmoid, tanh or ELU at the unit&apos;s input is below a tenth of its largest slope. Dead: a ReLU unit whose input is negative for every example of the batch. ReLU&apos;s zeros for some inputs are neither: other inputs switch the unit on again.</source>
        <translation>포화: 유닛의 입력에서 시그모이드, tanh, ELU의 기울기가 최대 기울기의 10분의 1보다 작은 경우. 죽음: 배치의 모든 예제에서 입력이 음수인 ReLU 유닛. 일부 입력에서 ReLU가 0을 내는 것은 어느 쪽도 아닙니다. 다른 입력이 유닛을 다시 켜기 때문입니다.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>넣을 데이터:</translation>
    </message>
    <message>
        <source>through the untrained net and histogram what every layer outputs.</source>
        <translation>을(를) 학습 전 신경망에 통과시켜 각 층의 출력을 히스토그램으로 봅니다.</translation>
    </message>
    <message>
        <source>The forward pass failed: {error}</source>
        <translation>순전파에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>saturated units (flat slope)</source>
        <translation>포화된 유닛 (평평한 기울기)</translation>
    </message>
    <message>
        <source>{share:.0%} of the values saturated</source>
        <translation>값의 {share:.0%}가 포화</translation>
    </message>
    <message>
        <source>dead units (off for every example)</source>
        <translation>죽은 유닛 (모든 예제에서 꺼짐)</translation>
    </message>
    <message>
        <source>{dead:.0%} of the units dead</source>
        <translation>유닛의 {dead:.0%}가 죽음</translation>
    </message>
    <message>
        <source> (layers {layers} of {depth})</source>
        <translation> ({depth}개 층 중 {layers})</translation>
    </message>
    <message>
        <source>{activation}, {init} weights, {examples} {source}{which}. Last layer: mean {mean:.3g}, std {std:.3g}, {state}.</source>
        <translation>{activation}, {init} 가중치, {source} {examples}개{which}. 마지막 층: 평균 {mean:.3g}, 표준편차 {std:.3g}, {state}.</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>경사도 놈</translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>층 (1 = 입력 바로 다음)</translation>
    </message>
    <message>
        <source>‖∂L/∂z‖ within ×10 of the last layer</source>
        <translation>‖∂L/∂z‖가 마지막 층의 10배 이내</translation>
    </message>
    <message>
        <source>within ×1,000</source>
        <translation>1,000배 이내</translation>
    </message>
    <message>
        <source>smaller: vanished</source>
        <translation>더 작음: 소멸</translation>
    </message>
    <message>
        <source>‖∇W‖, the weight gradient</source>
        <translation>‖∇W‖, 가중치의 경사도</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>{n}층</translation>
    </message>
    <message>
        <source>share of values (%)</source>
        <translation>값의 비율 (%)</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>경사 소멸</translation>
    </message>
    <message>
        <source>Build a deep net and watch its signals and gradients, layer by layer: do they survive the trip through every layer, or fade away?</source>
        <translation>깊은 신경망을 만들고 신호와 경사도를 층마다 지켜보세요. 모든 층을 지나는 동안 살아남을까요, 사라질까요?</translation>
    </message>
    <message>
        <source>{low} to {high} hidden layers</source>
        <translation>은닉층 {low}~{high}개</translation>
    </message>
    <message>
        <source>{low} to {high} units per layer</source>
        <translation>층당 유닛 {low}~{high}개</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Skip connections</source>
        <translation>스킵 연결</translation>
    </message>
    <message>
        <source>Each block adds its input back: h = x + (f(Wx + b) − f(0)), f being the activation. Subtracting f(0), ½ for the sigmoid, keeps the added part centred on zero, so the sum does not grow with depth.</source>
        <translation>각 블록이 자신의 입력을 다시 더합니다: h = x + (f(Wx + b) − f(0)), 여기서 f는 활성함수입니다. f(0)(시그모이드는 ½)을 빼서 더해지는 부분의 중심을 0에 두므로, 깊어져도 합이 커지지 않습니다.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>× width</source>
        <translation>× 너비</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성함수</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>Each preset reproduces a classic result in one click; hover for what it shows.</source>
        <translation>프리셋은 고전적인 결과를 클릭 한 번으로 재현합니다. 마우스를 올리면 무엇을 보여 주는지 나옵니다.</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>활성함수</translation>
    </message>
    <message>
        <source>Through time (RNN vs LSTM)</source>
        <translation>시간 펼침 (RNN 대 LSTM)</translation>
    </message>
    <message>
        <source>{error} The views keep showing the last valid net.</source>
        <translation>{error} 화면은 마지막으로 올바르던 신경망을 계속 보여 줍니다.</translation>
    </message>
    <message>
        <source>The saved experiment is not a set of page settings.</source>
        <translation>저장된 실험이 이 페이지의 설정이 아닙니다.</translation>
    </message>
    <message>
        <source>The saved training settings are not numbers.</source>
        <translation>저장된 학습 설정이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Sigmoid, σ = 1</source>
        <translation>시그모이드, σ = 1</translation>
    </message>
    <message>
        <source>Weights drawn from N(0, 1) are large: most sigmoid outputs pile up near 0 and 1, where the curve is flat. Each saturated unit passes little gradient, yet at width 100 the large weights multiply what gets through by about as much, so the gradient still reaches layer 1 (a ratio near 1 in Training). At width 20 they no longer make up for it.</source>
        <translation>N(0, 1)에서 뽑은 가중치는 큽니다. 시그모이드 출력 대부분이 곡선이 평평한 0과 1 근처에 몰립니다. 포화된 유닛은 경사도를 조금만 전달하지만, 너비 100에서는 큰 가중치가 통과한 경사도를 그만큼 키워 주므로 경사도가 여전히 1층까지 닿습니다(학습 탭에서 비율이 1 근처). 너비 20에서는 더 이상 메워 주지 못합니다.</translation>
    </message>
    <message>
        <source>Sigmoid, σ = 0.01</source>
        <translation>시그모이드, σ = 0.01</translation>
    </message>
    <message>
        <source>Tiny weights squeeze every layer&apos;s outputs around 0.5: each unit says nearly the same thing whatever the input.</source>
        <translation>아주 작은 가중치는 모든 층의 출력을 0.5 근처로 몰아넣습니다. 입력이 무엇이든 유닛마다 거의 같은 말을 합니다.</translation>
    </message>
    <message>
        <source>Xavier for sigmoid/tanh</source>
        <translation>시그모이드/tanh에는 Xavier</translation>
    </message>
    <message>
        <source>Xavier scales the weights by 1/√n, so the outputs of sigmoid (and tanh) stay spread out in every layer.</source>
        <translation>Xavier는 가중치를 1/√n로 조절하므로 시그모이드(와 tanh)의 출력이 모든 층에서 고르게 퍼져 있습니다.</translation>
    </message>
    <message>
        <source>He for ReLU</source>
        <translation>ReLU에는 He</translation>
    </message>
    <message>
        <source>ReLU zeroes about half its inputs; He&apos;s weights are √2 larger than Xavier&apos;s to make up for it, so the spread holds layer after layer and almost no unit is dead.</source>
        <translation>ReLU는 입력의 약 절반을 0으로 만듭니다. He의 가중치는 이를 메우려고 Xavier보다 √2배 크므로, 층을 거듭해도 퍼짐이 유지되고 죽은 유닛이 거의 없습니다.</translation>
    </message>
    <message>
        <source>Tanh: standard vs Xavier</source>
        <translation>tanh: 표준 대 Xavier</translation>
    </message>
    <message>
        <source>Glorot and Bengio&apos;s experiment: 5 tanh layers with the then-standard U(±1/√n) weights and with Xavier&apos;s, trained side by side. The back-propagated gradient reaching layer 1 is about a tenth of the last layer&apos;s with the standard weights and about two thirds with Xavier&apos;s.</source>
        <translation>Glorot와 Bengio의 실험: 당시 표준이던 U(±1/√n) 가중치와 Xavier 가중치로 만든 tanh 5층 신경망을 나란히 학습합니다. 1층에 닿는 역전파 경사도는 표준 가중치에서 마지막 층의 약 10분의 1, Xavier에서 약 3분의 2입니다.</translation>
    </message>
    <message>
        <source>Batch norm rescues</source>
        <translation>배치 정규화가 살린다</translation>
    </message>
    <message>
        <source>20 sigmoid layers with N(0, 0.01) weights, trained side by side without and with batch norm: re-scaling each layer brings the gradient back to layer 1 and the loss falls.</source>
        <translation>N(0, 0.01) 가중치의 시그모이드 20층을 배치 정규화 없이, 그리고 함께 나란히 학습합니다. 층마다 크기를 다시 맞추면 경사도가 1층까지 돌아오고 손실이 줄어듭니다.</translation>
    </message>
    <message>
        <source>50 layers: plain vs skip</source>
        <translation>50층: 일반 대 스킵</translation>
    </message>
    <message>
        <source>A 50-layer sigmoid net trained side by side without and with skip connections: the plain one stalls, the identity paths let the other learn.</source>
        <translation>50층 시그모이드 신경망을 스킵 연결 없이, 그리고 함께 나란히 학습합니다. 일반 신경망은 멈춰 서고, 항등 경로가 있는 쪽은 학습합니다.</translation>
    </message>
    <message>
        <source>Could not compute: {error}</source>
        <translation>계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The task: read a sequence of random symbols and, at the end, name the first one. Only step 1 matters, so to learn it the gradient must travel back through every step. The curves show ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖, the size of the loss gradient reaching the hidden state of step t, in freshly initialised nets (log scale; the loss is computed after the last step).</source>
        <translation>과제: 무작위 기호의 시퀀스를 읽고 끝에서 첫 기호를 맞힙니다. 1단계만 중요하므로 이를 배우려면 경사도가 모든 단계를 거슬러 가야 합니다. 곡선은 막 초기화한 신경망에서 t 단계의 은닉 상태에 닿는 손실 경사도의 크기 ‖∂L/∂h&lt;sub&gt;t&lt;/sub&gt;‖를 보여 줍니다(로그 눈금, 손실은 마지막 단계 뒤에 계산).</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <source>LSTM forget-gate bias</source>
        <translation>LSTM 망각 게이트 바이어스</translation>
    </message>
    <message>
        <source>Gradient reaching each time step</source>
        <translation>시간 단계마다 닿는 경사도</translation>
    </message>
    <message>
        <source>time step t (the answer is due after the last)</source>
        <translation>시간 단계 t (답은 마지막 단계 뒤에)</translation>
    </message>
    <message>
        <source>At step 1 the gradient is {rnn} times its size at the last step in the plain RNN, and {lstm} times in the LSTM. The LSTM&apos;s cell carries its memory through a forget gate (here σ({bias}) = {gate:.2f} at the start) instead of through a squashing layer; raise the bias and more gradient survives.</source>
        <translation>1단계의 경사도는 마지막 단계에 비해 일반 RNN에서 {rnn}배, LSTM에서 {lstm}배입니다. LSTM의 셀은 기억을 찌그러뜨리는 층이 아니라 망각 게이트(여기서는 처음에 σ({bias}) = {gate:.2f})를 통해 전달합니다. 바이어스를 올리면 더 많은 경사도가 살아남습니다.</translation>
    </message>
    <message>
        <source>plain RNN (tanh)</source>
        <translation>일반 RNN (tanh)</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>The learning rate must be between 0.00001 and 10, not {value}.</source>
        <translation>학습률은 0.00001에서 10 사이여야 합니다. {value}는 안 됩니다.</translation>
    </message>
    <message>
        <source>Train for {low} to {high} steps, not {value}.</source>
        <translation>{low}~{high} 단계 동안 학습하세요. {value}는 안 됩니다.</translation>
    </message>
    <message>
        <source>Run {n}</source>
        <translation>실행 {n}</translation>
    </message>
    <message>
        <source>The run shown in the bars, the ratio and the histograms; its settings go into the controls above.</source>
        <translation>막대, 비율, 히스토그램이 보여 주는 실행입니다. 그 설정이 위의 조정 칸에 들어갑니다.</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>모두 멈춤</translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation>비교 지우기</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>The gradient of the loss reaching layer 1&apos;s weighted sums z₁, divided by the one reaching the last hidden layer&apos;s. About 1: the gradient gets back to the input at full strength; 10⁻³ or less: it vanished on the way. The dots are the weight gradients ‖∇W‖; layer 1&apos;s also grows with its 784 inputs, so read the bars.</source>
        <translation>1층의 가중합 z₁에 닿는 손실 경사도를 마지막 은닉층에 닿는 경사도로 나눈 값입니다. 1 근처: 경사도가 온전한 세기로 입력까지 돌아옵니다. 10⁻³ 이하: 도중에 소멸했습니다. 점은 가중치의 경사도 ‖∇W‖입니다. 1층의 값은 입력 784개만큼 커지기도 하므로 막대를 읽으세요.</translation>
    </message>
    <message>
        <source>Training loss of each run</source>
        <translation>실행마다의 학습 손실</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 단계</translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>손실 (교차 엔트로피)</translation>
    </message>
    <message>
        <source>Press Play to train the settings above.</source>
        <translation>재생을 누르면 위 설정으로 학습합니다.</translation>
    </message>
    <message>
        <source>Activations of the layers, live (64 examples of the batch)</source>
        <translation>층의 활성값, 실시간 (배치의 예제 64개)</translation>
    </message>
    <message>
        <source>The settings above are not valid; fix them, then press Play.</source>
        <translation>위 설정이 올바르지 않습니다. 고친 다음 재생을 누르세요.</translation>
    </message>
    <message>
        <source>All four runs are training; the bars show run {n} ({net}). Stop one to train the new settings.</source>
        <translation>네 실행이 모두 학습 중입니다. 막대는 실행 {n}({net})을 보여 줍니다. 새 설정으로 학습하려면 하나를 멈추세요.</translation>
    </message>
    <message>
        <source>Run {n} is empty: Play trains
{net}</source>
        <translation>실행 {n}은 비어 있습니다. 재생하면 학습:
{net}</translation>
    </message>
    <message>
        <source>The layers&apos; activations appear here while the net trains.</source>
        <translation>신경망이 학습하는 동안 여기에 층의 활성값이 나타납니다.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>run {n} · at step 1: {ratio}</source>
        <translation>실행 {n} · 1단계: {ratio}</translation>
    </message>
    <message>
        <source>zeros {share:.0%}</source>
        <translation>0인 값 {share:.0%}</translation>
    </message>
    <message>
        <source>ratio {ratio} at step 1</source>
        <translation>1단계 비율 {ratio}</translation>
    </message>
    <message>
        <source>Run {n}: empty</source>
        <translation>실행 {n}: 비어 있음</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Run {n}: {net}</source>
        <translation>실행 {n}: {net}</translation>
    </message>
    <message>
        <source>Run {n} ({net}) finished {steps} steps; the loss went from {start:.3g} to {end:.3g} (average of the first 10 and the last 20 steps).</source>
        <translation>실행 {n}({net})이 {steps}단계를 마쳤습니다. 손실이 {start:.3g}에서 {end:.3g}(처음 10단계와 마지막 20단계의 평균)로 바뀌었습니다.</translation>
    </message>
</context>
</TS>
