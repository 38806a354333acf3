<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>LstmGates</name>
    <message>
        <source>A function</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>A string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>괄호</translation>
    </message>
    <message>
        <source>A loop</source>
        <translation>반복문</translation>
    </message>
    <message>
        <source>The first sentence</source>
        <translation>첫 문장</translation>
    </message>
    <message>
        <source>A line of dialogue</source>
        <translation>대화 한 줄</translation>
    </message>
    <message>
        <source>Short sentences</source>
        <translation>짧은 문장들</translation>
    </message>
    <message>
        <source>input gate i</source>
        <translation>입력 게이트 i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>망각 게이트 f</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>출력 게이트 o</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>후보 g</translation>
    </message>
    <message>
        <source>cell c</source>
        <translation>셀 c</translation>
    </message>
    <message>
        <source>hidden h</source>
        <translation>은닉 상태 h</translation>
    </message>
    <message>
        <source>free</source>
        <translation>자유</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>What the colours and the search read first: tanh(c) keeps a text&apos;s few huge cells from washing out the rest, but a counter&apos;s cell is the count itself, far past where tanh is flat.</extracomment>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Another example</source>
        <translation>다른 예</translation>
    </message>
    <message>
        <source>Force the gates:</source>
        <translation>게이트 고정:</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>forget</source>
        <translation>망각</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Make it a plain RNN</source>
        <translation>보통 RNN으로 만들기</translation>
    </message>
    <message>
        <source>Input and output gates at 1, forget gate at 0: c′ = g and h′ = tanh(g), a plain recurrence.</source>
        <translation>입력·출력 게이트는 1, 망각 게이트는 0: c′ = g, h′ = tanh(g)로 단순한 순환이 됩니다.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>{n} steps/s</source>
        <translation>초당 {n}단계</translation>
    </message>
    <message>
        <source>step</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>텍스트를 읽는 중…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>The text is empty: type a few characters first.</source>
        <translation>텍스트가 비어 있습니다. 먼저 몇 글자를 입력하세요.</translation>
    </message>
    <message>
        <source>Keep the text to {n} characters or fewer; it has {m}.</source>
        <translation>텍스트는 {n}자 이하로 해 주세요. 지금은 {m}자입니다.</translation>
    </message>
    <message>
        <source>The model has never seen these characters: {chars}. Remove them and try again.</source>
        <translation>모델이 본 적 없는 문자가 있습니다: {chars}. 지우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Loss on this text: {nats:.2f} nats per character</source>
        <translation>이 텍스트의 손실: 문자당 {nats:.2f} nat</translation>
    </message>
    <message>
        <source>Loss on this text: {nats:.2f} nats per character (free gates: {free:.2f})</source>
        <translation>이 텍스트의 손실: 문자당 {nats:.2f} nat (자유 게이트: {free:.2f})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>step {step} of {steps}: “{char}”</source>
        <translation>{steps}단계 중 {step}단계: “{char}”</translation>
    </message>
    <message>
        <source>A GRU has no cell and no output gate. Its reset gate r chooses how much of the old h the candidate n sees, and its update gate z how much of the old h to keep: h′ = (1 − z) × n + z × h. Only its hidden state h is drawn here; choose an LSTM to watch four gates at work.</source>
        <extracomment>Why the gates of a net are not drawn: what it has instead.</extracomment>
        <translation>GRU에는 셀도 출력 게이트도 없습니다. 리셋 게이트 r은 후보 n이 이전 h를 얼마나 볼지, 업데이트 게이트 z는 이전 h를 얼마나 간직할지 정합니다: h′ = (1 − z) × n + z × h. 여기에는 은닉 상태 h만 그립니다. 네 게이트가 일하는 모습을 보려면 LSTM을 고르세요.</translation>
    </message>
    <message>
        <source>A plain RNN has no gates and no cell: h′ = tanh(W x + U h + b) at every step. Only its hidden state h is drawn here; choose an LSTM to watch gates decide what to keep.</source>
        <translation>보통 RNN에는 게이트도 셀도 없습니다: 매 단계 h′ = tanh(W x + U h + b). 여기에는 은닉 상태 h만 그립니다. 게이트가 무엇을 간직할지 정하는 모습을 보려면 LSTM을 고르세요.</translation>
    </message>
    <message>
        <source>A bidirectional LSTM is two LSTMs, one reading from each end. Its hidden state h (both directions, one above the other) is drawn here; choose the one-way LSTM to watch the gates of one.</source>
        <translation>양방향 LSTM은 양 끝에서 하나씩 읽는 LSTM 두 개입니다. 여기에는 은닉 상태 h(두 방향을 위아래로)를 그립니다. 한 LSTM의 게이트를 보려면 단방향 LSTM을 고르세요.</translation>
    </message>
    <message>
        <source>Each step coloured by the chosen unit&apos;s h:</source>
        <translation>고른 유닛의 h로 칠한 각 단계:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>파이썬</translation>
    </message>
    <message>
        <source>Type up to {n} characters of {what}; Read reads them.</source>
        <translation>{what} 텍스트를 {n}자까지 입력하세요. 읽기를 누르면 읽습니다.</translation>
    </message>
    <message>
        <source>n =</source>
        <translation>n =</translation>
    </message>
    <message>
        <source>The net trained on every n up to 10; try larger n to see where its count gives out.</source>
        <translation>이 신경망은 10까지의 모든 n으로 학습했습니다. 더 큰 n을 넣어 어디서 세기가 무너지는지 보세요.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Each number draws another example of the task, {n} steps long, the length it trained on; marked steps are in brackets.</source>
        <translation>번호마다 학습한 길이인 {n}단계짜리 과제 예를 새로 뽑습니다. 표시된 단계는 대괄호 안에 있습니다.</translation>
    </message>
    <message>
        <source>It answers {answer:.2f} for a sum of {target:.2f}: squared error {loss:.3f}</source>
        <translation>합이 {target:.2f}인데 {answer:.2f}라고 답합니다: 제곱 오차 {loss:.3f}</translation>
    </message>
    <message>
        <source>It answers {answer} for the marked symbol {target}: loss {loss:.2f}</source>
        <translation>표시된 기호는 {target}인데 {answer}라고 답합니다: 손실 {loss:.2f}</translation>
    </message>
    <message>
        <source>Accepted: every guess of the legal next symbols is right (loss {loss:.3f})</source>
        <translation>수용: 올 수 있는 다음 기호의 추측이 모두 맞습니다 (손실 {loss:.3f})</translation>
    </message>
    <message>
        <source>Not accepted: some guess of the legal next symbols is wrong (loss {loss:.3f})</source>
        <translation>거부: 올 수 있는 다음 기호의 추측 가운데 틀린 것이 있습니다 (손실 {loss:.3f})</translation>
    </message>
    <message>
        <source>{right} of {of} tags right (loss {loss:.2f})</source>
        <translation>태그 {of}개 중 {right}개 맞음 (손실 {loss:.2f})</translation>
    </message>
    <message>
        <source>(free gates: {free:.3f})</source>
        <translation>(자유 게이트: {free:.3f})</translation>
    </message>
    <message>
        <source>Unit {unit} at step {step}</source>
        <translation>{step}단계의 유닛 {unit}</translation>
    </message>
    <message>
        <source>The saved text is not text.</source>
        <translation>저장된 텍스트가 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>The saved gate settings are not valid.</source>
        <translation>저장된 게이트 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The cell diagram appears once the text has been read.</source>
        <extracomment>Logical coordinates: the drawing is scaled to fit the widget, keeping its proportions.</extracomment>
        <translation>텍스트를 읽고 나면 셀 그림이 나타납니다.</translation>
    </message>
    <message>
        <source>old cell</source>
        <translation>이전 셀</translation>
    </message>
    <message>
        <source>new cell</source>
        <translation>새 셀</translation>
    </message>
    <message>
        <source>output h</source>
        <translation>출력 h</translation>
    </message>
    <message>
        <source>forget f</source>
        <translation>망각 f</translation>
    </message>
    <message>
        <source>input i</source>
        <translation>입력 i</translation>
    </message>
    <message>
        <source>output o</source>
        <translation>출력 o</translation>
    </message>
    <message>
        <source>(fixed)</source>
        <translation>(고정)</translation>
    </message>
    <message>
        <source>inside a string</source>
        <translation>문자열 안</translation>
    </message>
    <message>
        <source>inside a comment</source>
        <translation>주석 안</translation>
    </message>
    <message>
        <source>bracket depth</source>
        <translation>괄호 깊이</translation>
    </message>
    <message>
        <source>indent</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <source>column</source>
        <translation>열 위치</translation>
    </message>
    <message>
        <source>inside quotes</source>
        <translation>따옴표 안</translation>
    </message>
    <message>
        <source>letter of the word</source>
        <translation>단어의 몇째 글자</translation>
    </message>
    <message>
        <source>after a full stop</source>
        <translation>마침표 뒤</translation>
    </message>
    <message>
        <source>marked steps seen</source>
        <translation>지나간 표시 단계 수</translation>
    </message>
    <message>
        <source>sum of the marked numbers so far</source>
        <translation>지금까지 표시된 수의 합</translation>
    </message>
    <message>
        <source>after the marked symbol</source>
        <translation>표시된 기호 뒤</translation>
    </message>
    <message>
        <source>a&apos;s read minus b&apos;s read</source>
        <translation>읽은 a 수 빼기 읽은 b 수</translation>
    </message>
    <message>
        <source>reading the b&apos;s</source>
        <translation>b를 읽는 중</translation>
    </message>
    <message>
        <source>steps since the last marker</source>
        <translation>마지막 표지 이후 단계 수</translation>
    </message>
    <message>
        <source>cell tanh(c)</source>
        <extracomment>The label a model&apos;s search opens on: the quote cell, the sentence&apos;s end, the counter, the memory of the marks.</extracomment>
        <translation>셀 tanh(c)</translation>
    </message>
    <message>
        <source>Search the cells</source>
        <translation>셀 찾기</translation>
    </message>
    <message>
        <source>Rank every unit by how closely it follows each label of the input, for the chosen model and for an untrained net of the same size.</source>
        <translation>고른 모델과 같은 크기의 학습 전 신경망에서, 모든 유닛을 입력의 각 레이블을 얼마나 잘 따르는지로 줄 세웁니다.</translation>
    </message>
    <message>
        <source>Gate saturation on this input</source>
        <translation>이 입력에서의 게이트 포화</translation>
    </message>
    <message>
        <source>Colour: the unit below or above its usual value. Select characters to find the units on there.</source>
        <translation>색: 유닛이 평소 값보다 낮은지 높은지. 문자를 선택하면 그곳에서 켜지는 유닛을 찾습니다.</translation>
    </message>
    <message>
        <source>Select a span of the text: the units on throughout it are listed here, and the other places where they are on are underlined.</source>
        <translation>텍스트의 구간을 선택하세요. 구간 내내 켜진 유닛이 여기에 나오고, 그 유닛들이 켜지는 다른 곳에는 밑줄이 그어집니다.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>색칠 기준</translation>
    </message>
    <message>
        <source>of unit</source>
        <translation>유닛 번호</translation>
    </message>
    <message>
        <source>Units on in the selection (select)</source>
        <translation>선택 구간에서 켜진 유닛 (선택)</translation>
    </message>
    <message>
        <source>Best unit for each label (search)</source>
        <translation>레이블별 최고 유닛 (찾기)</translation>
    </message>
    <message>
        <source>Only an LSTM has input, forget and output gates to saturate.</source>
        <translation>포화될 입력·망각·출력 게이트는 LSTM에만 있습니다.</translation>
    </message>
    <message>
        <source>unit {unit}: {score:+.2f}</source>
        <translation>유닛 {unit}: {score:+.2f}</translation>
    </message>
    <message>
        <source>Its mean in the selection minus its mean elsewhere.</source>
        <translation>선택 구간 안의 평균에서 다른 곳의 평균을 뺀 값입니다.</translation>
    </message>
    <message>
        <source>No unit is on throughout “{span}”: select a shorter span.</source>
        <translation>“{span}” 내내 켜진 유닛이 없습니다. 더 짧은 구간을 선택하세요.</translation>
    </message>
    <message>
        <source>Units {units} are on together in {n} other places (underlined).</source>
        <translation>유닛 {units}은(는) 다른 {n}곳에서도 함께 켜집니다 (밑줄).</translation>
    </message>
    <message>
        <source>The saved unit is not a number.</source>
        <translation>저장된 유닛 번호가 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Remember across a gap (adding problem)</source>
        <translation>간격 너머 기억하기 (덧셈 문제)</translation>
    </message>
    <message>
        <source>Count: aⁿbⁿ</source>
        <translation>세기: aⁿbⁿ</translation>
    </message>
    <message>
        <source>Look ahead: one-way vs bidirectional</source>
        <translation>앞 내다보기: 단방향 대 양방향</translation>
    </message>
    <message>
        <source>Plain RNN</source>
        <translation>보통 RNN</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>Bidirectional LSTM</source>
        <translation>양방향 LSTM</translation>
    </message>
    <message>
        <source>Train all side by side</source>
        <translation>모두 나란히 학습</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Press “Train all side by side” to race the nets.</source>
        <translation>“모두 나란히 학습”을 누르면 신경망들이 경주합니다.</translation>
    </message>
    <message>
        <source>Gate saturation of the LSTM</source>
        <translation>LSTM 게이트 포화</translation>
    </message>
    <message>
        <source>fraction of steps below 0.1</source>
        <translation>0.1 아래인 단계의 비율</translation>
    </message>
    <message>
        <source>fraction of steps above 0.9</source>
        <translation>0.9 위인 단계의 비율</translation>
    </message>
    <message>
        <source>Train the LSTM to see how often its gates are shut or open.</source>
        <translation>LSTM을 학습하면 게이트가 얼마나 자주 닫히고 열리는지 보입니다.</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>입력 게이트</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>망각 게이트</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>출력 게이트</translation>
    </message>
    <message>
        <source>How far back it looks</source>
        <translation>얼마나 멀리 돌아보나</translation>
    </message>
    <message>
        <source>input step</source>
        <translation>입력 단계</translation>
    </message>
    <message>
        <source>size of the gradient of the answer</source>
        <translation>답의 경사도 크기</translation>
    </message>
    <message>
        <source>Train on the adding problem to see which inputs the answer depends on.</source>
        <translation>덧셈 문제로 학습하면 답이 어떤 입력에 달려 있는지 보입니다.</translation>
    </message>
    <message>
        <source>Untrained nets: open Vanishing gradients</source>
        <translation>학습 전 신경망: 경사 소멸 페이지 열기</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <source>Error against sequence length</source>
        <extracomment>Each task&apos;s score plot: title, x axis, y axis.</extracomment>
        <translation>시퀀스 길이에 따른 오차</translation>
    </message>
    <message>
        <source>Recall the marked symbol</source>
        <translation>표시된 기호 떠올리기</translation>
    </message>
    <message>
        <source>Count: aⁿbⁿcⁿ</source>
        <translation>세기: aⁿbⁿcⁿ</translation>
    </message>
    <message>
        <source>test length T</source>
        <translation>시험 길이 T</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Recall accuracy against sequence length</source>
        <translation>시퀀스 길이에 따른 떠올리기 정확도</translation>
    </message>
    <message>
        <source>accuracy (chance 1/8)</source>
        <translation>정확도 (우연 1/8)</translation>
    </message>
    <message>
        <source>Accepted aⁿbⁿ against n (trained on n ≤ 10)</source>
        <translation>n에 따른 aⁿbⁿ 수용 (n ≤ 10으로 학습)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>accepted (1) or not (0)</source>
        <translation>수용(1) 또는 거부(0)</translation>
    </message>
    <message>
        <source>Accepted aⁿbⁿcⁿ against n (trained on n ≤ 10)</source>
        <translation>n에 따른 aⁿbⁿcⁿ 수용 (n ≤ 10으로 학습)</translation>
    </message>
    <message>
        <source>Tagging accuracy against length</source>
        <translation>길이에 따른 태깅 정확도</translation>
    </message>
    <message>
        <source>sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>the adding problem, T = {n}</source>
        <extracomment>Each task as the model chooser names it.</extracomment>
        <translation>덧셈 문제, T = {n}</translation>
    </message>
    <message>
        <source>recall, T = {n}</source>
        <translation>떠올리기, T = {n}</translation>
    </message>
    <message>
        <source>aⁿbⁿ</source>
        <translation>aⁿbⁿ</translation>
    </message>
    <message>
        <source>aⁿbⁿcⁿ</source>
        <translation>aⁿbⁿcⁿ</translation>
    </message>
    <message>
        <source>look-ahead, T = {n}</source>
        <translation>앞 내다보기, T = {n}</translation>
    </message>
    <message>
        <source>{net} of the comparison tab: {task}</source>
        <translation>비교 탭의 {net}: {task}</translation>
    </message>
    <message>
        <source>After training, each net is tested here on other lengths.</source>
        <translation>학습이 끝나면 각 신경망을 여기서 다른 길이로 시험합니다.</translation>
    </message>
    <message>
        <source>Length T = {n}</source>
        <translation>길이 T = {n}</translation>
    </message>
    <message>
        <source>This net is not part of the chosen task.</source>
        <translation>이 신경망은 선택한 과제에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The saved task settings are not numbers.</source>
        <translation>저장된 과제 설정이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Python source</source>
        <translation>파이썬 소스</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>영어 텍스트</translation>
    </message>
    <message>
        <source>The text the model writes, scores and trains on: Python source or an English novel. Choosing one chooses its pretrained model on top.</source>
        <extracomment>Each corpus&apos;s prompt and pair of strings to compare (the same letters, scrambled).</extracomment>
        <translation>모델이 쓰고, 점수 매기고, 학습하는 텍스트입니다: 파이썬 소스 또는 영어 소설. 하나를 고르면 위에서 그 텍스트의 사전 학습 모델이 선택됩니다.</translation>
    </message>
    <message>
        <source>Near 0 the model almost always takes its top guess; at 1 it samples as it learned; above 1 it invents more freely.</source>
        <translation>0에 가까우면 모델은 거의 항상 가장 유력한 추측을 고르고, 1이면 배운 대로 뽑으며, 1보다 크면 더 자유롭게 지어냅니다.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Press Generate to let the model write after the prompt.</source>
        <translation>생성을 누르면 모델이 프롬프트 뒤를 이어 씁니다.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>문자 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>probability of each character: low (−1) to high (+1)</source>
        <translation>각 문자의 확률: 낮음(−1)에서 높음(+1)까지</translation>
    </message>
    <message>
        <source>Sequence probability</source>
        <translation>시퀀스 확률</translation>
    </message>
    <message>
        <source>Character model</source>
        <translation>문자 모델</translation>
    </message>
    <message>
        <source>Fine-tune the pretrained model</source>
        <translation>사전 학습 모델 미세 조정</translation>
    </message>
    <message>
        <source>Train from scratch</source>
        <translation>처음부터 학습</translation>
    </message>
    <message>
        <source>Loss (nats per character)</source>
        <translation>손실 (문자당 nat)</translation>
    </message>
    <message>
        <source>nats per character</source>
        <translation>문자당 nat</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>held-out text</source>
        <translation>따로 둔 텍스트</translation>
    </message>
    <message>
        <source>Press Play to train; the loss appears here.</source>
        <translation>재생을 누르면 학습하고, 손실이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Gate saturation while it trains</source>
        <translation>학습 중의 게이트 포화</translation>
    </message>
    <message>
        <source>While the model trains, each dot is one unit&apos;s gate on held-out text: up, mostly open; right, mostly shut.</source>
        <translation>모델이 학습하는 동안, 점 하나는 따로 둔 텍스트에서 한 유닛의 게이트입니다: 위쪽은 대개 열림, 오른쪽은 대개 닫힘.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>텍스트:</translation>
    </message>
    <message>
        <source>Jane Austen&apos;s Pride and Prejudice (1813); the last tenth is held out.</source>
        <translation>제인 오스틴의 『오만과 편견』(1813). 마지막 10분의 1은 따로 둡니다.</translation>
    </message>
    <message>
        <source>The source of Python&apos;s standard library; the last tenth of the shipped corpus is held out, and training from scratch also reads the modules it does not hold.</source>
        <translation>파이썬 표준 라이브러리의 소스입니다. 함께 제공된 말뭉치의 마지막 10분의 1은 따로 두고, 처음부터 학습할 때는 말뭉치에 없는 모듈도 읽습니다.</translation>
    </message>
    <message>
        <source>The temperature must be above 0: near 0 the model almost always takes its top guess, at 1 it samples as it learned. Nothing was generated.</source>
        <translation>온도는 0보다 커야 합니다. 0에 가까우면 모델은 거의 항상 가장 유력한 추측을 고르고, 1이면 배운 대로 뽑습니다. 아무것도 생성하지 않았습니다.</translation>
    </message>
    <message>
        <source>Type a prompt to see the model&apos;s top guesses.</source>
        <translation>프롬프트를 입력하면 모델의 유력한 추측이 보입니다.</translation>
    </message>
    <message>
        <source>Top guesses for the next character: {guesses}</source>
        <translation>다음 문자의 유력한 추측: {guesses}</translation>
    </message>
    <message>
        <source>log p(A) = {a:.1f} nats ({pa:.2f} per character); log p(B) = {b:.1f} nats ({pb:.2f} per character). A is e^{ratio:.1f} ≈ {times} times as probable as B.</source>
        <translation>log p(A) = {a:.1f} nat (문자당 {pa:.2f}), log p(B) = {b:.1f} nat (문자당 {pb:.2f}). A는 B보다 e^{ratio:.1f} ≈ {times}배 더 그럴듯합니다.</translation>
    </message>
    <message>
        <source>The model trained for {steps} steps is now the page&apos;s model: every view reads it. Choose the pretrained one above to go back.</source>
        <translation>{steps}단계 학습한 모델이 이제 이 페이지의 모델입니다. 모든 보기가 이 모델을 씁니다. 되돌아가려면 위에서 사전 학습 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The saved generation settings are not numbers.</source>
        <translation>저장된 생성 설정이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Gate animator</source>
        <translation>게이트 애니메이터</translation>
    </message>
    <message>
        <source>Find the cells</source>
        <translation>셀 찾기</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>언어 모델</translation>
    </message>
    <message>
        <source>RNN vs GRU vs LSTM</source>
        <translation>RNN 대 GRU 대 LSTM</translation>
    </message>
    <message>
        <source>Pretrained LSTM: Python source</source>
        <extracomment>The chooser&apos;s entries: key and title. The comparison tab&apos;s nets are named after their task once trained.</extracomment>
        <translation>사전 학습 LSTM: 파이썬 소스</translation>
    </message>
    <message>
        <source>Pretrained LSTM: English text</source>
        <translation>사전 학습 LSTM: 영어 텍스트</translation>
    </message>
    <message>
        <source>Untrained LSTM (baseline), Python characters</source>
        <translation>학습 전 LSTM (기준선), 파이썬 문자</translation>
    </message>
    <message>
        <source>Untrained LSTM (baseline), English characters</source>
        <translation>학습 전 LSTM (기준선), 영어 문자</translation>
    </message>
    <message>
        <source>Language model trained on this page</source>
        <translation>이 페이지에서 학습한 언어 모델</translation>
    </message>
    <message>
        <source>LSTM of the comparison tab (train it there)</source>
        <translation>비교 탭의 LSTM (거기서 학습하세요)</translation>
    </message>
    <message>
        <source>GRU of the comparison tab (train it there)</source>
        <translation>비교 탭의 GRU (거기서 학습하세요)</translation>
    </message>
    <message>
        <source>Plain RNN of the comparison tab (train it there)</source>
        <translation>비교 탭의 보통 RNN (거기서 학습하세요)</translation>
    </message>
    <message>
        <source>Bidirectional LSTM of the comparison tab (train it there)</source>
        <translation>비교 탭의 양방향 LSTM (거기서 학습하세요)</translation>
    </message>
    <message>
        <source>The plain RNN forgets over 50 steps</source>
        <translation>보통 RNN은 50단계 뒤에는 잊는다</translation>
    </message>
    <message>
        <source>A plain RNN, a GRU and an LSTM of 32 units each learn the adding problem over 50 steps: only the gated nets get below 0.04.</source>
        <translation>유닛이 각각 32개인 보통 RNN, GRU, LSTM이 50단계짜리 덧셈 문제를 배웁니다. 게이트가 있는 신경망만 0.04 아래로 내려갑니다.</translation>
    </message>
    <message>
        <source>Clamp the forget gate</source>
        <translation>망각 게이트 고정하기</translation>
    </message>
    <message>
        <source>The pretrained model reads a loop with its forget gates fixed at 1: it can no longer forget, and its loss jumps.</source>
        <translation>사전 학습 모델이 망각 게이트를 1로 고정한 채 반복문을 읽습니다. 더는 잊을 수 없어 손실이 뛰어오릅니다.</translation>
    </message>
    <message>
        <source>A cell that counts</source>
        <translation>세는 셀</translation>
    </message>
    <message>
        <source>Nets of 4 units learn aⁿbⁿ for n ≤ 10, then are tested up to n = 40.</source>
        <translation>유닛 4개짜리 신경망들이 n ≤ 10인 aⁿbⁿ을 배운 뒤 n = 40까지 시험받습니다.</translation>
    </message>
    <message>
        <source>The quote cell</source>
        <translation>따옴표 셀</translation>
    </message>
    <message>
        <source>The search finds the unit that best follows “inside a string” and colours the text with it, beside the untrained net&apos;s best.</source>
        <translation>찾기가 “문자열 안”을 가장 잘 따르는 유닛을 찾아 텍스트를 그 유닛으로 칠하고, 학습 전 신경망의 최고 유닛과 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <source>held-out English text</source>
        <translation>따로 둔 영어 텍스트</translation>
    </message>
    <message>
        <source>held-out Python source</source>
        <translation>따로 둔 파이썬 소스</translation>
    </message>
    <message>
        <source>{units} units; {nats:.2f} nats per character on {what}</source>
        <translation>유닛 {units}개, {what}에서 문자당 {nats:.2f} nat</translation>
    </message>
    <message>
        <source>LSTM gate animator</source>
        <translation>LSTM 게이트 애니메이터</translation>
    </message>
    <message>
        <source>Watch a trained LSTM read a text, every gate at every step; force its gates, find the cells that follow quotes and brackets, and race it against a plain RNN and a GRU.</source>
        <translation>학습된 LSTM이 텍스트를 읽는 모습을 모든 단계, 모든 게이트마다 지켜보세요. 게이트를 고정해 보고, 따옴표와 괄호를 따르는 셀을 찾고, 보통 RNN·GRU와 경주시켜 보세요.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>The pretrained model could not be loaded ({error}); the page uses an untrained net instead.</source>
        <translation>사전 학습 모델을 불러오지 못했습니다({error}). 대신 학습 전 신경망을 씁니다.</translation>
    </message>
    <message>
        <source>There is no model “{key}” yet.</source>
        <translation>아직 “{key}” 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Random weights: what every view looks like before learning.</source>
        <translation>무작위 가중치: 학습 전에는 모든 보기가 이렇게 보입니다.</translation>
    </message>
    <message>
        <source>The model you trained or fine-tuned on this page.</source>
        <translation>이 페이지에서 학습하거나 미세 조정한 모델입니다.</translation>
    </message>
    <message>
        <source>The gate animator and the cell search read an example of its task; the language model tab keeps the last character model.</source>
        <translation>게이트 애니메이터와 셀 찾기는 이 신경망 과제의 예를 읽습니다. 언어 모델 탭은 마지막으로 고른 문자 모델을 그대로 씁니다.</translation>
    </message>
    <message>
        <source>The saved experiment is not a set of page settings.</source>
        <translation>저장된 실험이 페이지 설정 묶음이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <source>LSTM gate animator</source>
        <translation>LSTM 게이트 애니메이터</translation>
    </message>
    <message>
        <source>Watch a trained LSTM read a sequence, every gate at every step, and find the cells that count, quote and remember</source>
        <translation>학습된 LSTM이 시퀀스를 읽는 모습을 단계마다, 게이트마다 지켜보고, 세고 인용하고 기억하는 셀을 찾습니다</translation>
    </message>
    <message>
        <source>Recurrent nets</source>
        <translation>순환 신경망</translation>
    </message>
    <message>
        <source>LSTM gates</source>
        <translation>LSTM 게이트</translation>
    </message>
    <message>
        <source>Long-term dependencies</source>
        <translation>장기 의존성</translation>
    </message>
    <message>
        <source>Character language models</source>
        <translation>문자 언어 모델</translation>
    </message>
    <message>
        <source>Interpretable cells</source>
        <translation>해석 가능한 셀</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>Bidirectional RNNs</source>
        <translation>양방향 RNN</translation>
    </message>
</context>
</TS>
